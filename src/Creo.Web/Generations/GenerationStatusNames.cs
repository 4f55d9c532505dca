namespace Creo.Web.Generations;

/// <summary>
/// Generation statuses as people read them. The badge pairs the word with a symbol, so the state never rests on
/// colour alone; <c>wwwroot/js/follow.js</c> holds the same words for the live updates.
/// </summary>
public static class GenerationStatusNames
{
    public static string Describe(string status) => status switch
    {
        "queued" => "Queued",
        "running" => "Running",
        "succeeded" => "Ready",
        "failed" => "Failed",
        "canceled" => "Canceled",
        _ => "Unknown",
    };

    /// <summary>Still waiting for the model: the page keeps asking, and cancel is on offer.</summary>
    public static bool IsPending(string status) => status is "queued" or "running";

    /// <summary>What the person can expect next, for the live status line.</summary>
    public static string Explain(string status) => status switch
    {
        "queued" => "Waiting for a free model. This usually takes a few seconds.",
        "running" => "The model is working on it.",
        "succeeded" => "It is also kept in your gallery.",
        "failed" => "The model could not finish this one. The credits held for it were returned.",
        "canceled" => "Canceled. The credits held for it were returned.",
        _ => string.Empty,
    };
}
