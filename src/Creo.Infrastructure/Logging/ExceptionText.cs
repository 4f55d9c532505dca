using System.Text;

namespace Creo.Infrastructure.Logging;

/// <summary>
/// An exception as text without its messages: the type of each exception in the chain and where it was thrown. Messages
/// are written by libraries we do not control and quote what they were handed (an SMTP relay's refusal quotes the
/// address, a provider's validation error the prompt); types and stack frames never hold personal data.
/// </summary>
internal static class ExceptionText
{
    public static string WithoutMessages(Exception exception)
    {
        var text = new StringBuilder();
        Append(text, exception, depth: 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Exception exception, int depth)
    {
        text.Append(exception.GetType().FullName).Append(" (message withheld)");
        if (exception.StackTrace is { } stackTrace)
        {
            text.AppendLine().Append(stackTrace);
        }

        // A few levels are all anyone reads, and a cycle cannot run away.
        if (depth >= 8)
        {
            return;
        }

        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var cause in inner)
        {
            text.AppendLine().Append(" ---> ");
            Append(text, cause, depth + 1);
        }
    }
}
