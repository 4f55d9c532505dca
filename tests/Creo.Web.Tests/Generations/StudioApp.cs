using System.Net.Http.Headers;
using SkiaSharp;
using System.Net;
using System.Text.Json;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// Crëo with the local model and a small starter grant (5 credits), so "not enough credits" is one request away.
/// Every log line the app writes is kept, so tests can prove what never appears in them. Two shapes: the
/// embedded default (SQLite, in-memory jobs, files) and production's (PostgreSQL, Hangfire on PostgreSQL, S3).
/// </summary>
public abstract class StudioApp(DatabaseProvider provider) : WebAppFixture(provider)
{
    public const int StarterGrant = 5;

    public CapturedLogs Logs { get; } = new();

    public async Task<SignedInUser> NewPersonAsync(string? email = null)
    {
        var user = await SignedInUser.SignInAsync(Http, DataDirectory, email ?? $"artist-{Guid.NewGuid():N}@example.com");
        await user.OnboardAsync();
        return user;
    }

    /// <summary>Polls a generation until it leaves queued and running (the local model takes well under a second).</summary>
    public static Task<JsonElement> WaitUntilFinishedAsync(SignedInUser user, string id) =>
        Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/generations/{id}"),
            generation => generation.GetProperty("status").GetString() is not ("queued" or "running"),
            generation => $"Generation {id} did not finish in 30 s; it is {generation.GetProperty("status").GetString()}.");

    public static async Task<JsonElement> SubmitAsync(SignedInUser user, object body, HttpStatusCode expected = HttpStatusCode.Accepted, string? idempotencyKey = null)
    {
        using var response = await user.SendContentAsync(
            HttpMethod.Post, "/api/generations", System.Net.Http.Json.JsonContent.Create(body),
            idempotencyKey is null ? null : new Dictionary<string, string> { ["Idempotency-Key"] = idempotencyKey });
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Uploads an image as the studio's form does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(SignedInUser user, byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        return await user.SendContentAsync(HttpMethod.Post, "/api/uploads", form);
    }

    /// <summary>A plain teal JPEG, as a phone camera would send.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings["Credits:StarterGrant"] = StarterGrant.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // A class that makes one host fail on purpose, case after case (5xx, garbage, timeouts), is about that run, not
        // the host's breaker: with the default five the breaker opened mid-class and later cases got 503. The breaker's
        // own tests (HostBreakerApp) set theirs after this.
        settings["Generation:HostBreaker:FailuresToOpen"] = "1000";
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

public sealed class EmbeddedStudioApp() : StudioApp(DatabaseProvider.Sqlite);

public sealed class PostgresStudioApp() : StudioApp(DatabaseProvider.Postgres)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithS3Storage();
    }
}
