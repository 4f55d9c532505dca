namespace Creo.Infrastructure.Logging;

/// <summary>
/// Wraps the app's logger factory so that no logger, ours or a library's (ASP.NET Core's exception handler, Hangfire's
/// worker, MailKit through our mail jobs), ever receives an exception's message: each exception is handed on as a
/// <see cref="RedactedException"/>, and no scope a request's raw path (<see cref="ScopeRedaction"/>). Log lines themselves are written by our
/// code to name types and ids only.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(ScopeRedaction.Of(state));

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var redacted = exception is null or RedactedException ? exception : new RedactedException(exception);
            inner.Log(logLevel, eventId, state, redacted, formatter);
        }
    }
}
