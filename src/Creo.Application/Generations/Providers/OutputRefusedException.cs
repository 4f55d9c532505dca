namespace Creo.Application.Generations.Providers;

/// <summary>
/// A provider's output that Crëo will not fetch or keep: an address outside the public internet or not https, too many
/// redirects, a body over <c>Generation__MaxOutputBytes</c>, or content that is not an image or a video. The run fails
/// for good (a retry would fetch the same thing) and its credits go back. The message names the rule only, never the
/// address: output URLs open a person's media, and Hangfire keeps the messages of failed jobs.
/// </summary>
public sealed class OutputRefusedException(string reason) : Exception($"A provider output was refused: {reason}.")
{
    /// <summary>Which rule refused it, in a few words fit for a log line.</summary>
    public string Reason { get; } = reason;
}
