using System.Text.Json.Nodes;

namespace Creo.Testing;

/// <summary>A prediction as the <see cref="ReplicateStandIn"/> keeps it; changed only under its own lock.</summary>
internal sealed class ReplicateStandInPrediction(string id, string? model, string? version, JsonObject input, string? webhook, DateTimeOffset createdAt, TimeSpan? deadline)
{
    public string Id { get; } = id;

    /// <summary>The official model it runs (<c>owner/name</c>), null when created by version.</summary>
    public string? Model { get; } = model;

    public string? Webhook { get; } = webhook;

    public string Status { get; set; } = "starting";

    public JsonArray? Output { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public bool IsFinished => Status is "succeeded" or "failed" or "canceled" or "aborted";

    /// <summary>Replicate's <c>Cancel-After</c>: a run still going at its deadline is canceled.</summary>
    public void ApplyDeadline(DateTimeOffset now)
    {
        if (!IsFinished && deadline is { } limit && now - createdAt >= limit)
        {
            Status = Status == "starting" ? "aborted" : "canceled";
            CompletedAt = now;
        }
    }

    public JsonObject ToJson(Uri baseAddress) => new()
    {
        ["id"] = Id,
        ["model"] = Model,
        ["version"] = version,
        ["input"] = input.DeepClone(),
        ["logs"] = "",
        ["output"] = Output?.DeepClone(),
        ["data_removed"] = false,
        ["error"] = Error,
        ["status"] = Status,
        ["source"] = "api",
        ["created_at"] = createdAt.ToString("O"),
        ["completed_at"] = CompletedAt?.ToString("O"),
        ["urls"] = new JsonObject
        {
            ["get"] = new Uri(baseAddress, $"/v1/predictions/{Id}").ToString(),
            ["cancel"] = new Uri(baseAddress, $"/v1/predictions/{Id}/cancel").ToString(),
        },
    };
}
