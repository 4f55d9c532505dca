using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Creo.Testing;

/// <summary>
/// A local server speaking OpenAI's image API as Crëo uses it: <c>POST /v1/images/generations</c> (JSON) and
/// <c>/v1/images/edits</c> (multipart), bearer keys, <c>b64_json</c> or <c>url</c> answers, OpenAI's error body
/// <c>{"error":{"message","type","param","code"}}</c>, 429 with <c>Retry-After</c>, 5xx. Like OpenAI, it refuses a
/// prompt holding <see cref="RefusedWord"/> (<c>moderation_blocked</c> for gpt-image models,
/// <c>content_policy_violation</c> for DALL·E). It counts calls per <c>Idempotency-Key</c>.
/// </summary>
public sealed class OpenAIImagesStandIn : IAsyncDisposable
{
    public const string ApiKey = "sk-creo-test-key";
    public const string ImageModelId = "openai-gpt-image";
    public const string UrlModelId = "openai-dalle";
    public const string RefusedWord = "forbidden";

    private static readonly Lazy<byte[]> Png = new(() => StandInImages.SolidPng(new SKColor(0xdb, 0x6f, 0x2a)));

    private readonly WebApplication app;
    private readonly ConcurrentQueue<OpenAIStandInCall> calls = new();
    private readonly ConcurrentDictionary<string, byte[]> files = new();
    private readonly ConcurrentDictionary<string, Uri> redirects = new();
    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds)> failures = new();
    private long hugeBytesWritten;

    private OpenAIImagesStandIn(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public StandInOutputPolicy OutputPolicy => new(BaseAddress);

    /// <summary>Every call to the two image routes, in arrival order.</summary>
    public IReadOnlyList<OpenAIStandInCall> Calls => [.. calls];

    /// <summary>The next answer is this raw body instead of an image (garbage, an HTML page), used once.</summary>
    public (int Status, string ContentType, string Body)? NextRawAnswer { get; set; }

    /// <summary>The next image answer names this URL instead of the stand-in's own file (a hostile address), used once.</summary>
    public Uri? NextUrl { get; set; }

    /// <summary>The next answer streams a <c>b64_json</c> claiming 2 GB, used once; see <see cref="HugeBytesWritten"/>.</summary>
    public bool NextHuge { get; set; }

    /// <summary>Every answer waits this long first (a slow host), until the caller gives up.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>How much of the 2 GB answer was written before the caller hung up.</summary>
    public long HugeBytesWritten => Interlocked.Read(ref hugeBytesWritten);

    public int CallsWith(string idempotencyKey) => calls.Count(call => call.IdempotencyKey == idempotencyKey);

    public static async Task<OpenAIImagesStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new OpenAIImagesStandIn(app);
        app.MapPost("/v1/images/generations", (Func<HttpContext, Task<IResult>>)standIn.GenerationsAsync);
        app.MapPost("/v1/images/edits", (Func<HttpContext, Task<IResult>>)standIn.EditsAsync);
        app.MapGet("/files/{name}", standIn.File);
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return standIn;
    }

    /// <summary>The <c>OpenAI:*</c> settings pointing Crëo here: a gpt-image model (b64_json, edits) and a DALL·E one (url).</summary>
    public Dictionary<string, string?> Settings(string apiKey = ApiKey) => new()
    {
        ["OpenAI:ApiKey"] = apiKey,
        ["OpenAI:BaseUrl"] = BaseAddress.ToString(),
        ["OpenAI:Models:0:Id"] = ImageModelId,
        ["OpenAI:Models:0:Name"] = "GPT Image",
        ["OpenAI:Models:0:ProviderModel"] = "gpt-image-1",
        ["OpenAI:Models:0:Sizes:0"] = "1024x1024",
        ["OpenAI:Models:0:Sizes:1"] = "1536x1024",
        ["OpenAI:Models:0:Sizes:2"] = "1024x1536",
        ["OpenAI:Models:0:AcceptsSourceImage"] = "true",
        ["OpenAI:Models:0:BaseCost"] = "4",
        ["OpenAI:Models:0:MaxRunTimeSeconds"] = "20",
        ["OpenAI:Models:1:Id"] = UrlModelId,
        ["OpenAI:Models:1:Name"] = "DALL·E 3",
        ["OpenAI:Models:1:ProviderModel"] = "dall-e-3",
        ["OpenAI:Models:1:Sizes:0"] = "1024x1024",
        ["OpenAI:Models:1:Sizes:1"] = "1792x1024",
        ["OpenAI:Models:1:ResponseFormat"] = "url",
        ["OpenAI:Models:1:BaseCost"] = "3",
        ["OpenAI:Models:1:MaxRunTimeSeconds"] = "4",
    };

    /// <summary>The next <paramref name="times"/> calls get <paramref name="status"/> with OpenAI's error body.</summary>
    public void FailNext(HttpStatusCode status, int times = 1, int? retryAfterSeconds = null)
    {
        for (var i = 0; i < times; i++)
        {
            failures.Enqueue(((int)status, retryAfterSeconds));
        }
    }

    public void ClearFailures() => failures.Clear();

    /// <summary>A URL on the stand-in that redirects (302) to <paramref name="target"/>.</summary>
    public Uri RedirectTo(Uri target)
    {
        var name = Guid.NewGuid().ToString("N") + ".png";
        redirects[name] = target;
        return new Uri(BaseAddress, "/files/" + name);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static IResult Error(int status, string message, string type, string? code, string? param = null) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code } }, statusCode: status);

    private async Task<IResult> GenerationsAsync(HttpContext context)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        var fields = body?.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString() ?? "") ?? [];
        return await AnswerAsync(context, Record(context, "generations", fields, null));
    }

    private async Task<IResult> EditsAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return Error(400, "Invalid content type. image editing requires multipart/form-data.", "invalid_request_error", null);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        byte[]? image = null;
        if (form.Files.GetFile("image") is { } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            image = buffer.ToArray();
        }

        return await AnswerAsync(context, Record(context, "edits", fields, image));
    }

    private OpenAIStandInCall Record(HttpContext context, string route, Dictionary<string, string> fields, byte[]? image)
    {
        var call = new OpenAIStandInCall(
            route, context.Request.Headers.Authorization.ToString(), context.Request.Headers["Idempotency-Key"].ToString(), fields, image);
        calls.Enqueue(call);
        return call;
    }

    private async Task<IResult> AnswerAsync(HttpContext context, OpenAIStandInCall call)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        if (call.Authorization != $"Bearer {ApiKey}")
        {
            return Error(401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
        }

        if (failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return failure.Status == 429
                ? Error(429, "Rate limit reached for images per minute.", "requests", "rate_limit_exceeded")
                : Error(failure.Status, "The server had an error while processing your request. Sorry about that!", "server_error", null);
        }

        var model = call.Fields.GetValueOrDefault("model") ?? "";
        var prompt = call.Fields.GetValueOrDefault("prompt") ?? "";
        if (prompt.Contains(RefusedWord, StringComparison.OrdinalIgnoreCase))
        {
            // OpenAI's own wording does not quote the prompt; a compatible host might, so this one does.
            return model.StartsWith("gpt-image", StringComparison.Ordinal)
                ? Error(400, $"Your request was rejected by the safety system: {prompt}", "image_generation_user_error", "moderation_blocked")
                : Error(400, $"Your request was rejected as a result of our safety system: {prompt}", "invalid_request_error", "content_policy_violation");
        }

        if (NextRawAnswer is { } raw)
        {
            NextRawAnswer = null;
            return Results.Text(raw.Body, raw.ContentType, Encoding.UTF8, raw.Status);
        }

        if (NextHuge)
        {
            NextHuge = false;
            return Results.Stream(body => StreamHugeAsync(body, context.RequestAborted), "application/json");
        }

        var format = call.Fields.GetValueOrDefault("response_format") ?? (model.StartsWith("gpt-image", StringComparison.Ordinal) ? "b64_json" : "url");
        var image = new JsonObject();
        if (format == "url")
        {
            var name = Guid.NewGuid().ToString("N") + ".png";
            files[name] = Png.Value;
            var url = NextUrl ?? new Uri(BaseAddress, "/files/" + name);
            NextUrl = null;
            image["url"] = url.ToString();
        }
        else
        {
            image["b64_json"] = Convert.ToBase64String(Png.Value);
        }

        return Results.Json(new JsonObject { ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["data"] = new JsonArray(image) });
    }

    /// <summary>An answer that would be 2 GB of base64: written until the caller hangs up (or 64 MB, to bound the test).</summary>
    private async Task StreamHugeAsync(Stream body, CancellationToken aborted)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('A', 64 * 1024));
        await body.WriteAsync(Encoding.ASCII.GetBytes("{\"created\":1,\"data\":[{\"b64_json\":\""));
        try
        {
            // Kestrel drops writes to a connection the caller closed without failing them; the abort is the signal.
            for (var i = 0; i < 1024 && !aborted.IsCancellationRequested; i++)
            {
                await body.WriteAsync(chunk, aborted);
                await body.FlushAsync(aborted);
                Interlocked.Add(ref hugeBytesWritten, chunk.Length);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The caller hung up, which is the point.
        }
    }

    private IResult File(string name) =>
        redirects.TryGetValue(name, out var target) ? Results.Redirect(target.ToString())
        : files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "image/png")
        : Results.NotFound();
}

/// <summary>One call to <c>/v1/images/{route}</c>: its key, its fields (JSON properties or form fields) and the uploaded image.</summary>
public sealed record OpenAIStandInCall(string Route, string Authorization, string IdempotencyKey, IReadOnlyDictionary<string, string> Fields, byte[]? Image);
