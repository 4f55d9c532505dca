using Creo.Infrastructure.Logging;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// What Hangfire sees when a job throws. Hangfire stores a failed job's exception message and details in its tables
/// (and quotes the message in its retry reason), where they outlive every erasure; this one names the job and the
/// cause's type only, and its details are the cause's types and stack frames without their messages.
/// </summary>
internal sealed class JobFailedException(string jobName, Exception cause)
    : Exception($"{jobName} failed with {cause.GetType().FullName}.")
{
    private readonly string details = ExceptionText.WithoutMessages(cause);

    public string CauseType { get; } = cause.GetType().FullName ?? cause.GetType().Name;

    public override string ToString() => $"{GetType().FullName}: {Message}{Environment.NewLine} ---> {details}";
}
