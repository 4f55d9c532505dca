using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;
using SkiaSharp;

namespace Creo.Testing;

/// <summary>
/// A local server speaking fal's queue API as Crëo uses it: submit (<c>POST /{model-id}?fal_webhook=…</c>), status with
/// queue positions that advance as it is polled, result, cancel (<c>PUT …/cancel</c>), the output files, its JWKS, and
/// result webhooks signed with its own ED25519 key the way fal signs them. The real provider runs unchanged against it.
/// </summary>
public sealed class FalStandIn : IAsyncDisposable
{
    public const string Key = "fal_creo_test_key:secret";
    public const string UserId = "creo-test-user";
    public const string ImageModelId = "fal-flux";
    public const string ImageProviderModel = "fal-ai/flux/dev";

    private static readonly Lazy<byte[]> Png = new(() => StandInImages.SolidPng(new SKColor(0xdb, 0x6f, 0x2a)));

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, FalStandInRequest> requests = new();
    private readonly ConcurrentQueue<(string Method, string Path)> received = new();
    private readonly HttpClient webhookClient = new();
    private Key signingKey = NewKey();
    private Key[] published;
    private int garbageAnswers;
    private int jwksFetches;
    private string? nextOutputUrlField;

    private FalStandIn(WebApplication app)
    {
        this.app = app;
        published = [signingKey];
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the next submitted request starts in the queue.</summary>
    public int NextQueuePosition { get; set; }

    /// <summary>Requests submitted from now on stay put until the test moves them; otherwise each status poll moves them on.</summary>
    public bool Hold { get; set; }

    /// <summary>Whether finished requests call their <c>fal_webhook</c> (off: Crëo must find out by polling).</summary>
    public bool DeliverWebhooks { get; set; } = true;

    /// <summary>The output URL the next result reports instead of its own file (any string: a hostile URL), used once.</summary>
    public string? NextOutputUrl
    {
        get => Volatile.Read(ref nextOutputUrlField);
        set => Volatile.Write(ref nextOutputUrlField, value);
    }

    /// <summary>Production's output policy plus exactly this stand-in's origin, for hosts that fetch its files.</summary>
    public StandInOutputPolicy OutputPolicy => new(BaseAddress);

    public IReadOnlyCollection<FalStandInRequest> Requests => [.. requests.Values];

    /// <summary>Every queue request (method and path), in arrival order.</summary>
    public IReadOnlyList<(string Method, string Path)> Received => [.. received];

    /// <summary>How often the JWKS was fetched.</summary>
    public int JwksFetches => Volatile.Read(ref jwksFetches);

    public static async Task<FalStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new FalStandIn(app);
        app.MapGet("/.well-known/jwks.json", standIn.Jwks);
        app.MapGet("/files/{id}/{file}", standIn.File);
        app.MapGet("/{owner}/{name}/requests/{id}/status", (Func<HttpContext, string, string, string, IResult>)standIn.Status);
        app.MapGet("/{owner}/{name}/requests/{id}", (Func<HttpContext, string, string, string, IResult>)standIn.Result);
        app.MapPut("/{owner}/{name}/requests/{id}/cancel", (Func<HttpContext, string, string, string, IResult>)standIn.Cancel);
        app.MapPost("/{**model}", (Func<HttpContext, string, Task<IResult>>)standIn.SubmitAsync);
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return standIn;
    }

    /// <summary>The <c>Fal:*</c> settings that point Crëo here, with one image model.</summary>
    public Dictionary<string, string?> Settings(Uri? webhookUrl = null) => new()
    {
        ["Fal:Key"] = Key,
        ["Fal:QueueBase"] = BaseAddress.ToString(),
        ["Fal:JwksUrl"] = new Uri(BaseAddress, "/.well-known/jwks.json").ToString(),
        ["Fal:WebhookUrl"] = webhookUrl?.ToString(),
        ["Fal:Models:0:Id"] = ImageModelId,
        ["Fal:Models:0:Name"] = "FLUX.1 [dev] on fal",
        ["Fal:Models:0:Kind"] = "Image",
        ["Fal:Models:0:ProviderModel"] = ImageProviderModel,
        ["Fal:Models:0:Width:Min"] = "256",
        ["Fal:Models:0:Width:Max"] = "1440",
        ["Fal:Models:0:Width:Default"] = "1024",
        ["Fal:Models:0:Width:Step"] = "16",
        ["Fal:Models:0:Height:Min"] = "256",
        ["Fal:Models:0:Height:Max"] = "1440",
        ["Fal:Models:0:Height:Default"] = "1024",
        ["Fal:Models:0:Height:Step"] = "16",
        ["Fal:Models:0:BaseCost"] = "2",
        ["Fal:Models:0:CostPerMegapixel"] = "3",
        ["Fal:Models:0:MaxRunTimeSeconds"] = "120",
    };

    /// <summary>The next <paramref name="times"/> queue answers are 200s whose body is not JSON.</summary>
    public void AnswerGarbage(int times = 1) => Interlocked.Exchange(ref garbageAnswers, times);

    /// <summary>Moves a held request one place up its queue, and into progress from the front.</summary>
    public void Advance(string id)
    {
        var request = requests[id];
        lock (request)
        {
            Step(request, complete: false);
        }
    }

    /// <summary>Finishes a request with its result and delivers its signed webhook; returns how Crëo answered, or null when none was sent.</summary>
    public async Task<HttpStatusCode?> CompleteAsync(string id)
    {
        var request = requests[id];
        lock (request)
        {
            Finish(request);
        }

        return await DeliverAsync(request);
    }

    /// <summary>Signs with a new key; <paramref name="publish"/> puts it in the JWKS beside the old one, otherwise nobody can verify it.</summary>
    public void RotateKey(bool publish)
    {
        signingKey = NewKey();
        if (publish)
        {
            published = [.. published, signingKey];
        }
    }

    /// <summary>fal's signature: ED25519 over request id, user id, timestamp and the body's hex SHA-256, one per line; hex.</summary>
    public string Sign(string requestId, string userId, string timestamp, byte[] body) => Sign(signingKey, requestId, userId, timestamp, body);

    private static string Sign(Key key, string requestId, string userId, string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(
            key, Encoding.UTF8.GetBytes($"{requestId}\n{userId}\n{timestamp}\n{Convert.ToHexStringLower(SHA256.HashData(body))}")));

    /// <summary>A webhook delivery as fal sends it, signed over <paramref name="signedBody"/> and carrying <paramref name="sentBody"/> (the same unless a test swaps it).</summary>
    /// <paramref name="unpublishedKey"/> signs with a key the JWKS never lists.
    public HttpRequestMessage Delivery(Uri target, string requestId, byte[] signedBody, byte[]? sentBody = null, DateTimeOffset? at = null, bool unpublishedKey = false)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(sentBody ?? signedBody) };
        message.Content.Headers.ContentType = new("application/json");
        message.Headers.Add("X-Fal-Webhook-Request-Id", requestId);
        message.Headers.Add("X-Fal-Webhook-User-Id", UserId);
        message.Headers.Add("X-Fal-Webhook-Timestamp", timestamp);
        using var stranger = unpublishedKey ? NewKey() : null;
        message.Headers.Add("X-Fal-Webhook-Signature", Sign(stranger ?? signingKey, requestId, UserId, timestamp, signedBody));
        return message;
    }

    /// <summary>The body fal posts to the webhook for a finished request.</summary>
    public static byte[] WebhookBody(string requestId, JsonNode? payload) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["request_id"] = requestId,
        ["gateway_request_id"] = requestId,
        ["status"] = "OK",
        ["payload"] = payload?.DeepClone(),
    }.ToJsonString());

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        webhookClient.Dispose();
    }

    private static Key NewKey() => NSec.Cryptography.Key.Create(SignatureAlgorithm.Ed25519);

    private static IResult Detail(int status, string detail) => Results.Json(new { detail }, statusCode: status);

    private IResult Jwks()
    {
        Interlocked.Increment(ref jwksFetches);
        return Results.Json(new
        {
            keys = published.Select(key => new
            {
                kty = "OKP",
                crv = "Ed25519",
                x = WebEncoders.Base64UrlEncode(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
                kid = Convert.ToHexStringLower(SHA256.HashData(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)))[..16],
            }),
        });
    }

    /// <summary>fal's front door: the key, then any garbage a test asked for.</summary>
    private IResult? Refusal(HttpContext context)
    {
        received.Enqueue((context.Request.Method, context.Request.Path.Value ?? ""));
        if (context.Request.Headers.Authorization.ToString() != $"Key {Key}")
        {
            return Detail(StatusCodes.Status401Unauthorized, "No user found for Key ID and Secret");
        }

        if (Interlocked.Decrement(ref garbageAnswers) >= 0)
        {
            return Results.Text("{\"request_id\": <html>upstream went away", "application/json");
        }

        Interlocked.Exchange(ref garbageAnswers, 0);
        return null;
    }

    private async Task<IResult> SubmitAsync(HttpContext context, string model)
    {
        if (Refusal(context) is { } refusal)
        {
            return refusal;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        if (JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted)) is not JsonObject input || input["prompt"] is not JsonValue)
        {
            return Detail(StatusCodes.Status422UnprocessableEntity, "field required: prompt");
        }

        var id = Guid.NewGuid().ToString();
        var request = new FalStandInRequest(id, model, input, context.Request.Query["fal_webhook"].FirstOrDefault(), NextQueuePosition, Hold);
        requests[id] = request;
        return Results.Json(Routes(request, new JsonObject { ["status"] = "IN_QUEUE", ["queue_position"] = request.QueuePosition }));
    }

    private IResult Status(HttpContext context, string owner, string name, string id)
    {
        if (Refusal(context) is { } refusal)
        {
            return refusal;
        }

        if (!requests.TryGetValue(id, out var request) || request.AppId != $"{owner}/{name}")
        {
            return Detail(StatusCodes.Status404NotFound, "Request not found");
        }

        JsonObject answer;
        var finished = false;
        lock (request)
        {
            if (!request.Held)
            {
                finished = Step(request, complete: true);
            }

            answer = new JsonObject { ["status"] = request.Status };
            if (request.Status == "IN_QUEUE")
            {
                answer["queue_position"] = request.QueuePosition;
            }
        }

        if (finished)
        {
            _ = Task.Run(() => DeliverAsync(request));
        }

        return Results.Json(Routes(request, answer));
    }

    private IResult Result(HttpContext context, string owner, string name, string id)
    {
        if (Refusal(context) is { } refusal)
        {
            return refusal;
        }

        if (!requests.TryGetValue(id, out var request) || request.AppId != $"{owner}/{name}")
        {
            return Detail(StatusCodes.Status404NotFound, "Request not found");
        }

        lock (request)
        {
            return request.Result is { } result ? Results.Json(result) : Detail(StatusCodes.Status400BadRequest, "Request is still in progress");
        }
    }

    private IResult Cancel(HttpContext context, string owner, string name, string id)
    {
        if (Refusal(context) is { } refusal)
        {
            return refusal;
        }

        if (!requests.TryGetValue(id, out var request) || request.AppId != $"{owner}/{name}")
        {
            return Detail(StatusCodes.Status404NotFound, "Request not found");
        }

        lock (request)
        {
            if (request.IsFinished)
            {
                return Results.Json(new { status = "ALREADY_COMPLETED" }, statusCode: StatusCodes.Status400BadRequest);
            }

            request.CancelRequested = true;
            return Results.Json(new { status = "CANCELLATION_REQUESTED" }, statusCode: StatusCodes.Status202Accepted);
        }
    }

    private IResult File(string id, string file) =>
        requests.TryGetValue(id, out var request) && request.IsFinished && file == "0.png" ? Results.Bytes(Png.Value, "image/png") : Results.NotFound();

    private JsonObject Routes(FalStandInRequest request, JsonObject answer)
    {
        var route = new Uri(BaseAddress, $"/{request.AppId}/requests/{request.Id}").ToString();
        answer["request_id"] = request.Id;
        answer["response_url"] = route;
        answer["status_url"] = route + "/status";
        answer["cancel_url"] = route + "/cancel";
        return answer;
    }

    /// <summary>One step along: up the queue, into progress, and (when <paramref name="complete"/>) done. True when it just finished.</summary>
    private bool Step(FalStandInRequest request, bool complete)
    {
        switch (request.Status)
        {
            case "IN_QUEUE" when request.QueuePosition > 0:
                request.QueuePosition--;
                return false;
            case "IN_QUEUE":
                request.Status = "IN_PROGRESS";
                return false;
            case "IN_PROGRESS" when complete:
                Finish(request);
                return true;
            default:
                return false;
        }
    }

    private void Finish(FalStandInRequest request)
    {
        if (request.IsFinished)
        {
            throw new InvalidOperationException($"Request {request.Id} has already finished.");
        }

        request.Status = "COMPLETED";
        var url = Interlocked.Exchange(ref nextOutputUrlField, null) ?? new Uri(BaseAddress, $"/files/{request.Id}/0.png").ToString();
        request.Result = new JsonObject
        {
            ["images"] = new JsonArray(new JsonObject { ["url"] = url, ["content_type"] = "image/png", ["width"] = 64, ["height"] = 64 }),
            ["seed"] = request.Input["seed"]?.DeepClone(),
            ["has_nsfw_concepts"] = new JsonArray(false),
            ["prompt"] = request.Input["prompt"]?.DeepClone(),
        };
    }

    private async Task<HttpStatusCode?> DeliverAsync(FalStandInRequest request)
    {
        if (!DeliverWebhooks || request.Webhook is null)
        {
            return null;
        }

        JsonNode? payload;
        lock (request)
        {
            payload = request.Result?.DeepClone();
        }

        using var message = Delivery(new Uri(request.Webhook), request.Id, WebhookBody(request.Id, payload));
        try
        {
            using var response = await webhookClient.SendAsync(message);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
