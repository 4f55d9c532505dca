using System.Collections.Concurrent;
using System.Net;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>A webhook asked for by the provider, sent by the stand-in, checked by the verifier a receiver would use.</summary>
public sealed class ReplicateWebhookDeliveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Completing_a_prediction_delivers_it_signed_to_the_webhook_and_the_signature_verifies()
    {
        var deliveries = new ConcurrentQueue<(bool Valid, string? PredictionId)>();
        await using var standIn = await ReplicateStandIn.StartAsync();
        await using var receiver = await StartReceiverAsync(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var headers = context.Request.Headers;
            var valid = ReplicateWebhookSignature.IsValid(
                standIn.WebhookSecret, headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], body.ToArray(), DateTimeOffset.UtcNow);
            deliveries.Enqueue((valid, ReplicateWebhookSignature.PredictionIdOf(body.ToArray())));
            context.Response.StatusCode = valid ? StatusCodes.Status204NoContent : StatusCodes.Status401Unauthorized;
        });
        var webhookUrl = new Uri(ReceiverAddress(receiver), "/api/webhooks/replicate");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(standIn.Settings(webhookUrl)).Build();
        await using var container = new ServiceCollection().AddLogging().AddCreoReplicate(configuration).BuildServiceProvider();
        var provider = container.GetRequiredService<IGenerationProvider>();
        standIn.NextOutcome = ReplicateOutcome.Process;

        var started = await provider.StartAsync(
            new ProviderRequest(Guid.NewGuid(), ReplicateStandIn.ImageProviderModel, ReplicateStandIn.ImageVersion, "a quiet harbour", 512, 512, null, 1, null, TimeSpan.FromMinutes(1)),
            Cancel);
        Assert.Empty(deliveries);
        var answer = await standIn.CompleteAsync(started.Id);

        Assert.Equal(HttpStatusCode.NoContent, answer);
        Assert.Equal((true, started.Id), Assert.Single(deliveries));
    }

    private static async Task<WebApplication> StartReceiverAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/webhooks/replicate", handle);
        await app.StartAsync(Cancel);
        return app;
    }

    private static Uri ReceiverAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
