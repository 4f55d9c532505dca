namespace Creo.Infrastructure.Logging;

/// <summary>What loggers receive in place of an exception: its type and stack trace, without any message.</summary>
internal sealed class RedactedException(Exception original)
    : Exception($"{original.GetType().FullName} (message withheld)")
{
    private readonly string text = ExceptionText.WithoutMessages(original);

    public Type OriginalType { get; } = original.GetType();

    public override string? StackTrace => original.StackTrace;

    public override string ToString() => text;
}
