using System.Net;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Generations;

/// <summary>An upload a generation still has to read cannot be deleted from under it; once the run is over, it can.</summary>
public sealed class UploadInUseTests(ReplicateStudioApp app) : IClassFixture<ReplicateStudioApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_a_running_generation_uses_is_refused_with_409_until_the_run_ends()
    {
        var user = await app.NewPersonAsync();
        using var uploaded = await StudioApp.UploadAsync(user, StudioApp.Jpeg(64, 64), "source.jpg");
        var uploadId = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("id").GetString();
        app.Replicate.NextOutcome = ReplicateOutcome.Process;
        var known = app.Replicate.PredictionIds.ToHashSet();

        var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = "restyle", sourceImageId = uploadId, parameters = new { width = 512, height = 512 } }))
            .GetProperty("id").GetString()!;
        var predictionId = await Eventually.UntilAsync(
            () => Task.FromResult(app.Replicate.PredictionIds.FirstOrDefault(p => !known.Contains(p))), p => p is not null, _ => "No prediction was created.");
        await Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/generations/{id}"), g => g.GetProperty("status").GetString() == "running", _ => "The generation never ran.");

        using (var refused = await user.SendAsync(HttpMethod.Delete, $"/api/uploads/{uploadId}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith("/upload-in-use", JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("type").GetString());
        }

        await app.Replicate.CompleteAsync(predictionId!);
        Assert.Equal("succeeded", (await StudioApp.WaitUntilFinishedAsync(user, id)).GetProperty("status").GetString());

        using var deleted = await user.SendAsync(HttpMethod.Delete, $"/api/uploads/{uploadId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }
}
