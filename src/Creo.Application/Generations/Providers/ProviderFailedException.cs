namespace Creo.Application.Generations.Providers;

/// <summary>
/// A host failed in a way the job must not retry: it refused our key, kept answering 429 or 5xx after the provider's
/// own retries, answered garbage, or did not answer within the model's run time. A synchronous host may already have
/// billed the call, so a second attempt could pay twice; the run fails at once and its credits go back. Thrown, not
/// returned as a failed prediction, so whatever watches the provider's calls counts it as the host failing. The
/// message names the status and the host's error code only, never a body: Hangfire keeps the messages of failed jobs.
/// </summary>
public class ProviderFailedException(string message) : Exception(message);
