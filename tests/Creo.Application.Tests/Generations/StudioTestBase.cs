using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Domain.Generations;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Application.Tests.Generations;

/// <summary>
/// The studio's use cases on a real database, with a scripted hosted model and a scheduler that records jobs so
/// each test runs them itself — twice, concurrently, or after a simulated crash.
/// </summary>
public abstract class StudioTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    public const string ScriptedModelId = "scripted-image";

    private CreoServices? app;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    protected ScriptedProvider Model { get; } = new();

    protected RecordingJobScheduler Jobs { get; } = new();

    public static ModelDefinition ScriptedModel { get; } = new(
        ScriptedModelId, "Scripted", MediaKind.Image, ScriptedProvider.ProviderName, "tests/scripted", "v1",
        new ParameterRange(64, 1024, 512, 64), new ParameterRange(64, 1024, 512, 64), null, AcceptsSourceImage: true,
        new ModelPricing(2, 1, 0), TimeSpan.FromMinutes(5));

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(provider, configureServices: services =>
    {
        services.RemoveAll<IJobScheduler>();
        services.AddScoped<IJobScheduler>(sp => Jobs.For(sp.GetRequiredService<IUnitOfWork>()));
        services.AddSingleton<IGenerationProvider>(Model);
        services.RemoveAll<IModelCatalog>();
        services.AddSingleton<IModelCatalog>(new ModelCatalog([ScriptedModel]));
    });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    protected async Task<Guid> FundedUserAsync()
    {
        var user = Guid.CreateVersion7();
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        return user;
    }

    protected Task<SubmittedGenerationDto> SubmitAsync(Guid user, string prompt = "a lighthouse at dusk", string? idempotencyKey = null, int? width = 512) =>
        App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, prompt, width, 512, null, 7, null, idempotencyKey), Cancel);

    protected Task RunJobAsync<TJob>(TJob job)
        where TJob : IJob =>
        App.RunJobAsync(job, Cancel);

    protected Task<long> BalanceAsync(Guid user) => App.SendAsync(new GetCreditBalanceQuery(user), Cancel);
}
