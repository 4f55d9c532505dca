using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Creo.Testing;
using SkiaSharp;

namespace Creo.Web.Tests.Generations;

/// <summary>The studio's HTTP contract, as a new person meets it on either database.</summary>
public abstract class StudioApiTests<TApp>(TApp app)
    where TApp : StudioApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_local_generation_succeeds_and_its_png_downloads_at_the_asked_size()
    {
        var user = await app.NewPersonAsync();

        var submitted = await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "a lighthouse at dusk", parameters = new { width = 512, height = 384, seed = 42 } });
        var generation = await StudioApp.WaitUntilFinishedAsync(user, submitted.GetProperty("id").GetString()!);

        Assert.Equal("queued", submitted.GetProperty("status").GetString());
        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        Assert.Equal(("local-sketch", 512, 384), (generation.GetProperty("modelId").GetString(), generation.GetProperty("width").GetInt32(), generation.GetProperty("height").GetInt32()));
        Assert.Equal(42, generation.GetProperty("parameters").GetProperty("seed").GetInt64());
        var output = Assert.Single(generation.GetProperty("outputs").EnumerateArray());
        Assert.True(output.GetProperty("expiresAt").GetDateTimeOffset() <= app.App.Clock.GetUtcNow().AddHours(1));

        using var media = await user.GetAsync(output.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
        Assert.True(media.Headers.CacheControl is { Private: true, MaxAge: { } maxAge } && maxAge <= TimeSpan.FromDays(1), $"Cache-Control was {media.Headers.CacheControl}");
        using var png = SKBitmap.Decode(await media.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal((512, 384), (png.Width, png.Height));
    }

    [Fact]
    public async Task Another_account_gets_404_for_a_generation_on_every_route_and_for_its_media()
    {
        var owner = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt = "mine" })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(owner, id);
        var mediaUrl = generation.GetProperty("outputs")[0].GetProperty("url").GetString()!;

        using var read = await stranger.GetAsync($"/api/generations/{id}");
        using var media = await stranger.GetAsync(mediaUrl);
        using var cancel = await stranger.SendAsync(HttpMethod.Post, $"/api/generations/{id}/cancel");
        using var delete = await stranger.SendAsync(HttpMethod.Delete, $"/api/generations/{id}");
        using var missing = await stranger.GetAsync($"/api/generations/{Guid.CreateVersion7()}");
        var list = await stranger.GetJsonAsync<JsonElement>("/api/generations");

        Assert.All([read, media, cancel, delete, missing], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(await ProblemOfAsync(missing), await ProblemOfAsync(read));
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        using var ownerMedia = await owner.GetAsync(mediaUrl);
        Assert.Equal(HttpStatusCode.OK, ownerMedia.StatusCode);
    }

    [Fact]
    public async Task A_too_expensive_request_gets_402_and_the_balance_is_unchanged()
    {
        var user = await app.NewPersonAsync();

        var problem = await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "huge", parameters = new { width = 2048, height = 2048 } }, HttpStatusCode.PaymentRequired);

        Assert.EndsWith("/insufficient-credits", problem.GetProperty("type").GetString());
        var credits = await user.GetJsonAsync<JsonElement>("/api/credits");
        Assert.Equal(StudioApp.StarterGrant, credits.GetProperty("balance").GetInt64());
        Assert.Single(credits.GetProperty("entries").EnumerateArray());
        Assert.Empty((await user.GetJsonAsync<JsonElement>("/api/generations")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_makes_one_generation()
    {
        var user = await app.NewPersonAsync();
        var body = new { modelId = "local-sketch", prompt = "once", parameters = new { width = 512, height = 512 } };

        var first = await StudioApp.SubmitAsync(user, body, idempotencyKey: "click-1");
        var second = await StudioApp.SubmitAsync(user, body, idempotencyKey: "click-1");

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Single((await user.GetJsonAsync<JsonElement>("/api/generations")).GetProperty("items").EnumerateArray());
        Assert.Equal(StudioApp.StarterGrant - 2, (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("creditBalance").GetInt64());
    }

    [Fact]
    public async Task Many_concurrent_submissions_on_a_small_balance_never_drive_it_below_zero()
    {
        var user = await app.NewPersonAsync();
        var body = new { modelId = "local-sketch", prompt = "race", parameters = new { width = 512, height = 512 } };

        // Each costs 2 of the 5 credits: exactly two fit, however the 20 requests interleave.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await user.SendAsync(HttpMethod.Post, "/api/generations", body);
            return response.StatusCode;
        }));

        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(18, statuses.Count(s => s == HttpStatusCode.PaymentRequired));
        Assert.Equal(1, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task Bad_parameters_get_400_with_errors_by_field()
    {
        var user = await app.NewPersonAsync();

        var badSize = await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "p", parameters = new { width = 100, height = 9000 } }, HttpStatusCode.BadRequest);
        var noPrompt = await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "" }, HttpStatusCode.BadRequest);
        var noModel = await StudioApp.SubmitAsync(user, new { modelId = "nope", prompt = "p" }, HttpStatusCode.BadRequest);

        var errors = badSize.GetProperty("errors");
        Assert.True(errors.TryGetProperty("parameters.width", out _) && errors.TryGetProperty("parameters.height", out _), errors.ToString());
        Assert.True(noPrompt.GetProperty("errors").TryGetProperty("prompt", out _));
        Assert.True(noModel.GetProperty("errors").TryGetProperty("modelId", out _));
        Assert.Equal(StudioApp.StarterGrant, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task A_deleted_generations_media_url_stops_serving()
    {
        var user = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "fleeting" })).GetProperty("id").GetString()!;
        var mediaUrl = (await StudioApp.WaitUntilFinishedAsync(user, id)).GetProperty("outputs")[0].GetProperty("url").GetString()!;

        using var delete = await user.SendAsync(HttpMethod.Delete, $"/api/generations/{id}");
        using var media = await user.GetAsync(mediaUrl);
        using var read = await user.GetAsync($"/api/generations/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, media.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task The_generation_shows_its_receipt_and_the_ledger_shows_every_change()
    {
        var user = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "receipt", parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        var receipt = generation.GetProperty("receipt");
        Assert.Equal((2, 2, 0), (receipt.GetProperty("held").GetInt64(), receipt.GetProperty("captured").GetInt64(), receipt.GetProperty("released").GetInt64()));
        var entries = (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["capture", "hold", "starter-grant"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal([0L, -2L, 5L], entries.Select(e => e.GetProperty("amount").GetInt64()));
        Assert.All(entries.Take(2), e => Assert.Equal(id, e.GetProperty("generationId").GetString()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task History_pages_newest_first_with_a_cursor()
    {
        var user = await app.NewPersonAsync();
        var ids = new List<string>();
        foreach (var prompt in new[] { "one", "two" })
        {
            ids.Add((await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt, parameters = new { width = 256, height = 256 } })).GetProperty("id").GetString()!);
        }

        var first = await user.GetJsonAsync<JsonElement>("/api/generations?limit=1");
        var second = await user.GetJsonAsync<JsonElement>($"/api/generations?limit=1&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal(ids[1], first.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(ids[0], second.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        using var forged = await user.GetAsync("/api/generations?cursor=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Studio_routes_need_a_session_and_finished_onboarding()
    {
        var newcomer = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, $"new-{Guid.NewGuid():N}@example.com");

        using var anonymous = await app.Http.PostAsync("/api/generations", System.Net.Http.Json.JsonContent.Create(new { modelId = "local-sketch", prompt = "p" }), Cancel);
        using var notOnboarded = await newcomer.SendAsync(HttpMethod.Post, "/api/generations", new { modelId = "local-sketch", prompt = "p" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notOnboarded.StatusCode);
        Assert.EndsWith("/onboarding-required", JsonDocument.Parse(await notOnboarded.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_model_list_shows_local_models_with_limits_and_prices_and_no_hosted_ones_when_none_is_configured()
    {
        var models = (await app.Http.GetFromJsonAsync<JsonElement>("/api/models", Cancel)).EnumerateArray().ToList();

        Assert.Contains(models, m => m.GetProperty("id").GetString() == "local-sketch");
        Assert.All(models, m => Assert.Equal("local", m.GetProperty("provider").GetString()));
        var sketch = models.First(m => m.GetProperty("id").GetString() == "local-sketch");
        Assert.Equal("image", sketch.GetProperty("kind").GetString());
        Assert.Equal("Local preview — painterly", sketch.GetProperty("name").GetString());
        Assert.Contains("not an AI model", sketch.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(sketch.GetProperty("creditCost").GetInt64() > 0);
        Assert.True(sketch.GetProperty("parameters").GetProperty("width").GetProperty("max").GetInt32() >= 1024);
        var quote = await app.Http.GetFromJsonAsync<JsonElement>("/api/models/local-sketch/quote?width=2048&height=2048", Cancel);
        Assert.Equal(6, quote.GetProperty("creditCost").GetInt64());
    }

    [Fact]
    public async Task Uploads_take_real_images_only_and_only_their_owner_may_use_them()
    {
        var owner = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();

        using var image = await StudioApp.UploadAsync(owner, StudioApp.Jpeg(320, 200), "photo.jpg");
        using var text = await StudioApp.UploadAsync(owner, "not an image at all"u8.ToArray(), "fake.png");
        using var tooLarge = await StudioApp.UploadAsync(owner, new byte[(10 * 1024 * 1024) + 1], "big.png");

        Assert.Equal(HttpStatusCode.Created, image.StatusCode);
        var upload = JsonDocument.Parse(await image.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal((320, 200), (upload.GetProperty("width").GetInt32(), upload.GetProperty("height").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.EndsWith("/not-an-image", JsonDocument.Parse(await text.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var sourceImageId = upload.GetProperty("id").GetString();
        var stolen = await StudioApp.SubmitAsync(stranger, new { modelId = "local-sketch", prompt = "p", sourceImageId }, HttpStatusCode.BadRequest);
        Assert.True(stolen.GetProperty("errors").TryGetProperty("sourceImageId", out _));
        var used = await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt = "restyle", sourceImageId, parameters = new { width = 512, height = 512 } });
        Assert.Equal("succeeded", (await StudioApp.WaitUntilFinishedAsync(owner, used.GetProperty("id").GetString()!)).GetProperty("status").GetString());
    }

    /// <summary>A problem without its trace id, which differs per request.</summary>
    private static async Task<string> ProblemOfAsync(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        return string.Join("|", new[] { "type", "title", "status", "detail" }.Select(field => problem.GetProperty(field).ToString()));
    }
}

public sealed class EmbeddedStudioApiTests(EmbeddedStudioApp app) : StudioApiTests<EmbeddedStudioApp>(app), IClassFixture<EmbeddedStudioApp>;

public sealed class PostgresStudioApiTests(PostgresStudioApp app) : StudioApiTests<PostgresStudioApp>(app), IClassFixture<PostgresStudioApp>;
