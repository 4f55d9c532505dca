using System.Diagnostics;

namespace Creo.Application.Common.Behaviors;

/// <summary>
/// First in the pipeline: logs which message ran, how long it took and whether it failed. It logs the message
/// type only, never the message: commands carry prompts and personal data, and logs must hold neither. Success is
/// logged at Debug: every request sends several messages (the session check alone is one), and a line for each
/// would bury everything else at the default level; failures stay at Warning.
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogDebug("{Message} handled in {ElapsedMs:F1} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            logger.LogWarning("{Message} failed after {ElapsedMs:F1} ms with {Exception}", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }
}
