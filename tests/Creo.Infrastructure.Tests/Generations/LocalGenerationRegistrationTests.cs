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

        var providers = new GenerationProviders(services.GetServices<IGenerationProvider>());
        Assert.IsType<LocalImageProvider>(providers.For(ProviderNames.Local));
        Assert.IsType<SkiaImageSanitizer>(services.GetRequiredService<IImageSanitizer>());
        Assert.Same(services.GetRequiredService<IImageSanitizer>(), services.GetRequiredService<IImageSanitizer>());
    }
}
