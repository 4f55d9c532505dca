namespace Creo.Application.Generations.Providers;

/// <summary>
/// The model's own refusal of a prompt (a host's content policy), reported as a failed prediction whose
/// <see cref="ProviderPrediction.Error"/> is <see cref="Code"/>. Not a host failure: the host answered cleanly.
/// </summary>
public static class ProviderRefusal
{
    public const string Code = "content-policy-refusal";

    /// <summary>What the person reads; never the host's words, which may quote the prompt.</summary>
    public const string Message = "The model refused this prompt; your credits were returned.";
}
