using System.Net;
using System.Text.Json;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Generations.PurgeUnusedUploads;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.Uploads;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// Uploads as an attacker uses them: images that decode to gigabytes, floods of uploads, someone else's upload ids,
/// and images left behind. Each test takes new people, so their per-account limits do not meet.
/// </summary>
public abstract class UploadAbuseTests<TApp>(TApp app)
    where TApp : UploadLimitsApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IObjectStorage Storage => app.App.Services.GetRequiredService<IObjectStorage>();

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public async Task A_tiny_file_whose_header_claims_more_than_the_pixel_budget_is_refused_before_decoding(SKEncodedImageFormat format)
    {
        var user = await app.NewPersonAsync();

        // 2 megapixels against a budget of 1: 8 MB once decoded, from a file of a few hundred bytes. Decoding it
        // would find the pixel data missing (not-an-image); only the header check answers image-too-large.
        using var response = await StudioApp.UploadAsync(user, BombImages.Claiming(format, 2000, 1000), "bomb");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.EndsWith("/image-too-large", problem.GetProperty("type").GetString());
        Assert.Contains("1 megapixel", problem.GetProperty("detail").GetString());
        Assert.Empty(await UploadsOfAsync(await user.IdAsync()));
    }

    [Fact]
    public async Task While_every_decode_slot_is_taken_uploads_wait_and_past_the_queue_they_are_refused()
    {
        var first = await app.NewPersonAsync();
        var second = await app.NewPersonAsync();
        var slots = app.App.Services.GetRequiredService<UploadDecodeSlots>();

        // The one slot (Uploads__MaxConcurrentDecodes=1) is busy: an upload waits its turn instead of decoding.
        var held = await slots.AcquireAsync(Cancel);
        Assert.True(held.IsAcquired);
        var waiting = StudioApp.UploadAsync(first, StudioApp.Jpeg(64, 48), "waits.jpg");
        await Eventually.UntilAsync(() => Task.FromResult(slots.Waiting), count => count == 1, count => $"{count} uploads wait for a decode slot, not 1.");
        Assert.False(waiting.IsCompleted);

        // The queue (four per slot) fills up: the next upload is refused at once.
        var queued = Enumerable.Range(0, UploadDecodeSlots.WaitingPerSlot - 1).Select(_ => slots.AcquireAsync(Cancel).AsTask()).ToList();
        using (var refused = await StudioApp.UploadAsync(second, StudioApp.Jpeg(64, 48), "refused.jpg"))
        {
            var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.EndsWith("/uploads-busy", problem.GetProperty("type").GetString());
        }

        held.Dispose();
        using (var admitted = await waiting)
        {
            Assert.Equal(HttpStatusCode.Created, admitted.StatusCode);
        }

        foreach (var lease in queued)
        {
            (await lease).Dispose();
        }

        using var later = await StudioApp.UploadAsync(second, StudioApp.Jpeg(64, 48), "later.jpg");
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
    }

    [Fact]
    public async Task An_account_past_its_upload_rate_gets_a_429_problem_and_another_account_does_not()
    {
        var flooder = await app.NewPersonAsync();
        var other = await app.NewPersonAsync();

        for (var i = 0; i < UploadLimitsApp.UploadsPerAccount; i++)
        {
            using var allowed = await StudioApp.UploadAsync(flooder, StudioApp.Jpeg(32, 32), $"{i}.jpg");
            Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        }

        using var limited = await StudioApp.UploadAsync(flooder, StudioApp.Jpeg(32, 32), "one-too-many.jpg");
        var problem = await ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.EndsWith("/too-many-uploads", problem.GetProperty("type").GetString());
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 429 says when to come back.");
        Assert.Equal(UploadLimitsApp.UploadsPerAccount, (await UploadsOfAsync(await flooder.IdAsync())).Count);

        using var unaffected = await StudioApp.UploadAsync(other, StudioApp.Jpeg(32, 32), "mine.jpg");
        Assert.Equal(HttpStatusCode.Created, unaffected.StatusCode);
    }

    [Fact]
    public async Task The_studio_form_draws_on_the_same_upload_budget_as_the_api()
    {
        var flooder = await app.NewPersonAsync();

        for (var i = 0; i < UploadLimitsApp.UploadsPerAccount; i++)
        {
            using var allowed = await flooder.SendContentAsync(HttpMethod.Post, "/studio", StudioFormWithImage());
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var limitedForm = await flooder.SendContentAsync(HttpMethod.Post, "/studio", StudioFormWithImage());
        using var limitedApi = await StudioApp.UploadAsync(flooder, StudioApp.Jpeg(32, 32), "api.jpg");

        Assert.Equal(HttpStatusCode.TooManyRequests, limitedForm.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedApi.StatusCode);
    }

    [Fact]
    public async Task Another_account_cannot_delete_your_upload_and_you_can()
    {
        var owner = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();
        var id = await UploadIdAsync(owner);
        var key = Upload.StorageKeyOf(await owner.IdAsync(), id);

        using var stolen = await stranger.SendAsync(HttpMethod.Delete, $"/api/uploads/{id}");
        using var missing = await stranger.SendAsync(HttpMethod.Delete, $"/api/uploads/{Guid.NewGuid()}");

        // A stranger's delete is exactly a delete of nothing, and leaves the image where it was.
        Assert.Equal(await ProblemTextAsync(missing, HttpStatusCode.NotFound), await ProblemTextAsync(stolen, HttpStatusCode.NotFound));
        Assert.True(await Storage.ExistsAsync(key, Cancel));
        Assert.Single(await UploadsOfAsync(await owner.IdAsync()));

        using var deleted = await owner.SendAsync(HttpMethod.Delete, $"/api/uploads/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await Storage.ExistsAsync(key, Cancel));
        Assert.Empty(await UploadsOfAsync(await owner.IdAsync()));

        using var again = await owner.SendAsync(HttpMethod.Delete, $"/api/uploads/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var reused = await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt = "p", sourceImageId = id }, HttpStatusCode.BadRequest);
        Assert.True(reused.GetProperty("errors").TryGetProperty("sourceImageId", out _));
    }

    [Fact]
    public async Task The_purge_removes_only_uploads_no_generation_used_once_they_are_24_hours_old()
    {
        var owner = await app.NewPersonAsync();
        var ownerId = await owner.IdAsync();
        var unused = await UploadIdAsync(owner);
        var used = await UploadIdAsync(owner);
        var generation = await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt = "restyle", sourceImageId = used, parameters = new { width = 256, height = 256 } });
        await StudioApp.WaitUntilFinishedAsync(owner, generation.GetProperty("id").GetString()!);

        app.App.Clock.Advance(TimeSpan.FromHours(23));
        await PurgeAsync();
        Assert.Equal(new[] { unused, used }.Order(), (await UploadsOfAsync(ownerId)).Order());

        app.App.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var fresh = await UploadIdAsync(owner);
        await PurgeAsync();
        await PurgeAsync();

        Assert.Equal(new[] { used, fresh }.Order(), (await UploadsOfAsync(ownerId)).Order());
        Assert.False(await Storage.ExistsAsync(Upload.StorageKeyOf(ownerId, unused), Cancel));
        Assert.True(await Storage.ExistsAsync(Upload.StorageKeyOf(ownerId, used), Cancel));
        Assert.True(await Storage.ExistsAsync(Upload.StorageKeyOf(ownerId, fresh), Cancel));
    }

    /// <summary>The studio page's plain form (no scripts) with a source image attached, as a browser sends it.</summary>
    private static MultipartFormDataContent StudioFormWithImage()
    {
        var image = new ByteArrayContent(StudioApp.Jpeg(32, 32));
        image.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent
        {
            { new StringContent("local-sketch"), "ModelId" },
            { new StringContent("a restyle"), "Prompt" },
            { new StringContent("256"), "Width" },
            { new StringContent("256"), "Height" },
            { new StringContent(Guid.NewGuid().ToString("N")), "IdempotencyKey" },
            { image, "SourceImage", "photo.jpg" },
        };
    }

    private async Task PurgeAsync()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IJobHandler<PurgeUnusedUploadsJob>>().RunAsync(new PurgeUnusedUploadsJob(), Cancel);
    }

    private static async Task<Guid> UploadIdAsync(SignedInUser user)
    {
        using var response = await StudioApp.UploadAsync(user, StudioApp.Jpeg(48, 32), "photo.jpg");
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Upload answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<List<Guid>> UploadsOfAsync(Guid userId)
    {
        await using var db = app.Database.CreateContext();
        return await db.Uploads.AsNoTracking().Where(u => u.UserId == userId).Select(u => u.Id).ToListAsync(Cancel);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A problem without its trace id, which differs per request.</summary>
    private static async Task<string> ProblemTextAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ProblemAsync(response, expected);
        return string.Join("|", new[] { "type", "title", "status", "detail" }.Select(field => problem.GetProperty(field).ToString()));
    }
}

public sealed class EmbeddedUploadAbuseTests(EmbeddedUploadLimitsApp app) : UploadAbuseTests<EmbeddedUploadLimitsApp>(app), IClassFixture<EmbeddedUploadLimitsApp>;

public sealed class PostgresUploadAbuseTests(PostgresUploadLimitsApp app) : UploadAbuseTests<PostgresUploadLimitsApp>(app), IClassFixture<PostgresUploadLimitsApp>;
