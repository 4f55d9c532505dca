using System.Globalization;
using System.Security.Cryptography;
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
using static Creo.Testing.StripeStandInJson;

namespace Creo.Testing;

/// <summary>
/// A local server speaking the parts of Stripe's v1 API Crëo uses, as Stripe.net sends them (form-encoded bodies,
/// bearer key, <c>Stripe-Version</c> and <c>Idempotency-Key</c> headers): customers, checkout sessions, billing portal
/// sessions and the event list. It also builds events shaped as Stripe sends them (see <c>StripeStandIn.Events.cs</c>).
/// </summary>
public sealed partial class StripeStandIn : IAsyncDisposable
{
    public const string SecretKey = "sk_test_51QcreoStandInSecretKey";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<StripeStandInRequest> received = [];
    private readonly Dictionary<string, (string Path, string Body, int Status, string Response)> replays = new(StringComparer.Ordinal);
    private readonly List<string> customerIds = [];
    private readonly List<StripeStandInCheckout> checkouts = [];
    private readonly List<string> portalSessionIds = [];
    private readonly List<string> canceledSubscriptionIds = [];
    private readonly List<string> deletedCustomerIds = [];
    private readonly List<StripeStandInEvent> events = [];
    private readonly Dictionary<string, (string PaymentIntentId, long Amount)> invoicePayments = new(StringComparer.Ordinal);
    private long sequence;

    private StripeStandIn(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The <c>whsec_…</c> secret our webhook endpoint checks signatures with.</summary>
    public string WebhookSecret { get; } = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<StripeStandInRequest> Received => Locked(() => received.ToList());

    public IReadOnlyList<string> CustomerIds => Locked(() => customerIds.ToList());

    public IReadOnlyList<StripeStandInCheckout> Checkouts => Locked(() => checkouts.ToList());

    /// <summary>The latest checkout session created, with the metadata a test needs to complete it.</summary>
    public StripeStandInCheckout? LastCheckout => Locked(() => checkouts.LastOrDefault());

    public IReadOnlyList<string> PortalSessionIds => Locked(() => portalSessionIds.ToList());

    /// <summary>Subscriptions cancelled through <c>DELETE /v1/subscriptions/{id}</c>, in order.</summary>
    public IReadOnlyList<string> CanceledSubscriptionIds => Locked(() => canceledSubscriptionIds.ToList());

    /// <summary>Customers deleted through <c>DELETE /v1/customers/{id}</c>, in order.</summary>
    public IReadOnlyList<string> DeletedCustomerIds => Locked(() => deletedCustomerIds.ToList());

    public static async Task<StripeStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new StripeStandIn(app);
        app.MapPost("/v1/customers", context => standIn.AnswerAsync(context, standIn.CreateCustomer));
        app.MapPost("/v1/checkout/sessions", context => standIn.AnswerAsync(context, standIn.CreateCheckout));
        app.MapPost("/v1/billing_portal/sessions", context => standIn.AnswerAsync(context, standIn.CreatePortal));
        app.MapDelete("/v1/subscriptions/{id}", context => standIn.AnswerAsync(context, standIn.CancelSubscription));
        app.MapDelete("/v1/customers/{id}", context => standIn.AnswerAsync(context, standIn.DeleteCustomer));
        app.MapGet("/v1/events", context => standIn.AnswerAsync(context, standIn.ListEvents));
        app.MapGet("/v1/invoice_payments", context => standIn.AnswerAsync(context, standIn.ListInvoicePayments));
        app.MapFallback(context => standIn.AnswerAsync(context, request => (StatusCodes.Status404NotFound, Error(
            "invalid_request_error", $"Unrecognized request URL ({request.Method}: {request.Path}).", code: null))));
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return standIn;
    }

    /// <summary>The <c>Stripe:*</c> settings that point Crëo here.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Stripe:SecretKey"] = SecretKey,
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Stripe:ApiBase"] = BaseAddress.ToString(),
    };

    /// <summary>The <c>Stripe-Signature</c> header Stripe would send with <paramref name="payload"/>: <c>t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>.</summary>
    public string Sign(string payload, string? secret = null, DateTimeOffset? timestamp = null)
    {
        var t = Unix(timestamp ?? DateTimeOffset.UtcNow).ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? WebhookSecret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(signature)}";
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private T Locked<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }

    /// <summary>
    /// Records the request, then answers at Stripe's front door: the key, then a replay for an idempotency key seen
    /// before (a different body under the same key is refused, as Stripe does), then the endpoint itself.
    /// </summary>
    private async Task AnswerAsync(HttpContext context, Func<StripeStandInRequest, (int Status, JsonObject Body)> endpoint)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new StripeStandInRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body);
        context.Response.Headers["Request-Id"] = NewId("req_");

        int status;
        string response;
        lock (gate)
        {
            received.Add(request);
            (status, response) = Answer(request, endpoint, context.Response.Headers);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response, context.RequestAborted);
    }

    private (int Status, string Body) Answer(StripeStandInRequest request, Func<StripeStandInRequest, (int Status, JsonObject Body)> endpoint, IHeaderDictionary responseHeaders)
    {
        if (request.Header("Authorization") != $"Bearer {SecretKey}")
        {
            var shown = request.Header("Authorization") is { Length: > 7 + 4 } given ? "***" + given[^4..] : "";
            return (StatusCodes.Status401Unauthorized, Error("invalid_request_error", $"Invalid API Key provided: {shown}").ToJsonString());
        }

        var key = request.Method == HttpMethods.Post ? request.Header("Idempotency-Key") : null;
        if (key is not null && replays.TryGetValue(key, out var earlier))
        {
            if (earlier.Path != request.Path || earlier.Body != request.Body)
            {
                return (StatusCodes.Status400BadRequest, Error(
                    "idempotency_error",
                    $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.").ToJsonString());
            }

            responseHeaders["Idempotent-Replayed"] = "true";
            return (earlier.Status, earlier.Response);
        }

        var (status, body) = endpoint(request);
        var json = body.ToJsonString();
        if (key is not null)
        {
            replays[key] = (request.Path, request.Body, status, json);
        }

        return (status, json);
    }

    private (int, JsonObject) CreateCustomer(StripeStandInRequest request)
    {
        var id = NewId("cus_");
        customerIds.Add(id);
        return (StatusCodes.Status200OK, Customer(id, request.Form, Unix(DateTimeOffset.UtcNow)));
    }

    private (int, JsonObject) CreateCheckout(StripeStandInRequest request)
    {
        var form = request.Form;
        var mode = form.GetValueOrDefault("mode");
        if (mode is not ("payment" or "subscription" or "setup"))
        {
            return Invalid("Invalid mode: must be one of payment, setup, or subscription", "mode");
        }

        if (form.GetValueOrDefault("line_items[0][price]") is not { } price || !price.StartsWith("price_", StringComparison.Ordinal))
        {
            return Missing($"No such price: '{form.GetValueOrDefault("line_items[0][price]")}'", "line_items[0][price]");
        }

        var customer = form.GetValueOrDefault("customer");
        if (customer is not null && !customerIds.Contains(customer))
        {
            return Missing($"No such customer: '{customer}'", "customer");
        }

        if (mode == "payment" && form.Keys.Any(key => key.StartsWith("subscription_data[", StringComparison.Ordinal)))
        {
            return Invalid("You can not pass `subscription_data` in `payment` mode.", "subscription_data");
        }

        var id = NewId("cs_test_");
        var url = new Uri(BaseAddress, $"/checkout/{id}");
        var metadata = Nested(form, "metadata").ToDictionary(StringComparer.Ordinal);
        var subscriptionMetadata = form.Where(pair => pair.Key.StartsWith("subscription_data[metadata][", StringComparison.Ordinal) && pair.Key.EndsWith(']'))
            .ToDictionary(pair => pair.Key["subscription_data[metadata][".Length..^1], pair => pair.Value, StringComparer.Ordinal);
        checkouts.Add(new StripeStandInCheckout(id, customer, mode, price, form.GetValueOrDefault("client_reference_id"), metadata, subscriptionMetadata, url));
        return (StatusCodes.Status200OK, CheckoutSession(
            id, mode, customer, form.GetValueOrDefault("client_reference_id"), metadata, form.GetValueOrDefault("success_url"), form.GetValueOrDefault("cancel_url"), url, Unix(DateTimeOffset.UtcNow)));
    }

    private (int, JsonObject) CreatePortal(StripeStandInRequest request)
    {
        var customer = request.Form.GetValueOrDefault("customer");
        if (customer is null || !customerIds.Contains(customer))
        {
            return Missing($"No such customer: '{customer}'", "customer");
        }

        var id = NewId("bps_");
        portalSessionIds.Add(id);
        return (StatusCodes.Status200OK, PortalSession(id, customer, request.Form.GetValueOrDefault("return_url"), new Uri(BaseAddress, $"/p/session/test_{id}"), Unix(DateTimeOffset.UtcNow)));
    }

    /// <summary>
    /// Cancels at once, as <c>DELETE /v1/subscriptions/{id}</c> does. A subscription cancelled before, or one the tests never
    /// named in an event, is unknown to Stripe's cancel endpoint: 404 <c>resource_missing</c>.
    /// </summary>
    private (int, JsonObject) CancelSubscription(StripeStandInRequest request)
    {
        var id = request.Path["/v1/subscriptions/".Length..];
        var known = events.Any(e => e.Json.Contains($"\"{id}\"", StringComparison.Ordinal));
        if (!known || canceledSubscriptionIds.Contains(id))
        {
            return (StatusCodes.Status404NotFound, Error("invalid_request_error", $"No such subscription: '{id}'", code: "resource_missing", param: "id"));
        }

        canceledSubscriptionIds.Add(id);
        var now = Unix(DateTimeOffset.UtcNow);
        return (StatusCodes.Status200OK, Subscription(id, "cus_unknown", "price_unknown", "canceled", now, now, now, cancelAtPeriodEnd: false, [], amount: 0));
    }

    /// <summary>Deletes a customer (which also ends its subscriptions at Stripe); a second delete is 404 <c>resource_missing</c>.</summary>
    private (int, JsonObject) DeleteCustomer(StripeStandInRequest request)
    {
        var id = request.Path["/v1/customers/".Length..];
        if (!customerIds.Remove(id))
        {
            return (StatusCodes.Status404NotFound, Error("invalid_request_error", $"No such customer: '{id}'", code: "resource_missing", param: "id"));
        }

        deletedCustomerIds.Add(id);
        return (StatusCodes.Status200OK, new JsonObject { ["id"] = id, ["object"] = "customer", ["deleted"] = true });
    }

    /// <summary>The payments of one invoice (<c>?invoice=</c>): the payment intent that paid it, once its paid event was built.</summary>
    private (int, JsonObject) ListInvoicePayments(StripeStandInRequest request)
    {
        if (!request.QueryParameters.TryGetValue("invoice", out var invoiceId))
        {
            return Invalid("Missing required param: invoice.", "invoice");
        }

        var payments = invoicePayments.TryGetValue(invoiceId, out var paid)
            ? new[]
            {
                (JsonNode)new JsonObject
                {
                    ["id"] = NewId("inpay_"),
                    ["object"] = "invoice_payment",
                    ["amount_paid"] = paid.Amount,
                    ["amount_requested"] = paid.Amount,
                    ["currency"] = "eur",
                    ["invoice"] = invoiceId,
                    ["is_default"] = true,
                    ["livemode"] = false,
                    ["payment"] = new JsonObject { ["type"] = "payment_intent", ["payment_intent"] = paid.PaymentIntentId },
                    ["status"] = "paid",
                },
            }
            : [];
        return (StatusCodes.Status200OK, List("/v1/invoice_payments", payments, hasMore: false));
    }

    /// <summary>Newest first, as Stripe lists; <c>starting_after</c> continues after an event of the previous page.</summary>
    private (int, JsonObject) ListEvents(StripeStandInRequest request)
    {
        var query = request.QueryParameters;
        var limit = query.TryGetValue("limit", out var given) ? int.Parse(given, CultureInfo.InvariantCulture) : 10;
        if (limit is < 1 or > 100)
        {
            return Invalid("This value must be between 1 and 100 (it currently is " + limit + ").", "limit");
        }

        IEnumerable<StripeStandInEvent> listed = events.OrderByDescending(e => e.Created).ThenByDescending(e => e.Sequence);
        listed = Bound(listed, query, "created[gt]", (created, bound) => created > bound);
        listed = Bound(listed, query, "created[gte]", (created, bound) => created >= bound);
        listed = Bound(listed, query, "created[lt]", (created, bound) => created < bound);
        listed = Bound(listed, query, "created[lte]", (created, bound) => created <= bound);
        if (query.TryGetValue("type", out var type))
        {
            listed = listed.Where(e => JsonNode.Parse(e.Json)!["type"]!.GetValue<string>() == type);
        }

        var all = listed.ToList();
        if (query.TryGetValue("starting_after", out var after))
        {
            var index = all.FindIndex(e => e.Id == after);
            if (index < 0)
            {
                return Missing($"No such event: '{after}'", "starting_after");
            }

            all = all[(index + 1)..];
        }

        var page = all.Take(limit).Select(e => JsonNode.Parse(e.Json)!);
        return (StatusCodes.Status200OK, List("/v1/events", page, hasMore: all.Count > limit));
    }

    private static IEnumerable<StripeStandInEvent> Bound(
        IEnumerable<StripeStandInEvent> listed, IReadOnlyDictionary<string, string> query, string parameter, Func<long, long, bool> keep) =>
        query.TryGetValue(parameter, out var value) ? listed.Where(e => keep(e.Created, long.Parse(value, CultureInfo.InvariantCulture))) : listed;

    private static (int, JsonObject) Invalid(string message, string param) =>
        (StatusCodes.Status400BadRequest, Error("invalid_request_error", message, code: null, param));

    private static (int, JsonObject) Missing(string message, string param) =>
        (StatusCodes.Status400BadRequest, Error("invalid_request_error", message, code: "resource_missing", param));
}
