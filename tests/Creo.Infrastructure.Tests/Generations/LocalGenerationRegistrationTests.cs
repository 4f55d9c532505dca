using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Uploads;
using Creo.Infrastructure.Generations.Local;
using Creo.Infrastructure.Generations.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class LocalGenerationRegistrationTests
{
    [Fact]
    public void The_local_provider_and_the_skia_sanitizer_are_registered_as_singletons()
    {
        using var services = new ServiceCollection().AddCreoLocalGeneration(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.IsType<LocalImageProvider>(Assert.Single(services.GetServices<IGenerationProvider>()));
        Assert.Equal(ProviderNames.Local, services.GetServices<IGenerationProvider>().Single().Name);
        Assert.IsType<SkiaImageSanitizer>(services.GetRequiredService<IImageSanitizer>());
        Assert.Same(services.GetRequiredService<IImageSanitizer>(), services.GetRequiredService<IImageSanitizer>());
    }
}
