using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a process-wide static. Hangfire's own ASP.NET Core provider fails hard
/// once the host whose logger factory it holds is disposed, which happens whenever one process runs
/// several hosts one after another (tests, tools). This one quietly drops log lines instead.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new ForwardingLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new ForwardingLog(null);
        }
    }

    private sealed class ForwardingLog(ILogger? logger) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLevel.Trace => MsLevel.Trace,
                HangfireLevel.Debug => MsLevel.Debug,
                HangfireLevel.Info => MsLevel.Information,
                HangfireLevel.Warn => MsLevel.Warning,
                HangfireLevel.Error => MsLevel.Error,
                _ => MsLevel.Critical,
            };
            if (logger is null || !logger.IsEnabled(level))
            {
                return false;
            }

            // Hangfire asks "would you log this level?" by passing no message.
            if (messageFunc is not null)
            {
                try
                {
                    logger.Log(level, exception, "{HangfireMessage}", messageFunc());
                }
                catch (ObjectDisposedException)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
