using System.Text.Json.Nodes;

namespace Creo.Testing;

/// <summary>A queue request as the <see cref="FalStandIn"/> keeps it; changed only under its own lock.</summary>
public sealed class FalStandInRequest(string id, string model, JsonObject input, string? webhook, int queuePosition, bool held)
{
    public string Id { get; } = id;

    /// <summary>The model id it was submitted to (<c>owner/app/sub-path</c>).</summary>
    public string Model { get; } = model;

    /// <summary>The app id its status, result and cancel routes live under.</summary>
    public string AppId { get; } = string.Join('/', model.Split('/').Take(2));

    public JsonObject Input { get; } = input;

    public string? Webhook { get; } = webhook;

    /// <summary>Stays where it is until the test moves it (<see cref="FalStandIn.Advance"/>, <see cref="FalStandIn.CompleteAsync"/>).</summary>
    public bool Held { get; } = held;

    public string Status { get; set; } = "IN_QUEUE";

    public int QueuePosition { get; set; } = queuePosition;

    public JsonObject? Result { get; set; }

    public bool CancelRequested { get; set; }

    public bool IsFinished => Status == "COMPLETED";
}
