namespace Creo.Infrastructure.Logging;

/// <summary>
/// ASP.NET Core opens every request's log scope with its raw <c>RequestPath</c>, and media, thumbnail and export links
/// carry their token in the path; JSON logs print scopes. The scope keeps its request id and loses the path (the
/// request log records requests, by route, for whoever needs them).
/// </summary>
internal static class ScopeRedaction
{
    private const string PathKey = "RequestPath";

    public static object Of<TState>(TState state)
        where TState : notnull
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> pairs || !pairs.Any(pair => pair.Key == PathKey))
        {
            return state;
        }

        return new RedactedScope([.. pairs.Where(pair => pair.Key != PathKey)]);
    }

    /// <summary>What is left of the scope, printed as the original would be minus its path.</summary>
    private sealed class RedactedScope(List<KeyValuePair<string, object?>> pairs) : List<KeyValuePair<string, object?>>(pairs)
    {
        public override string ToString() => string.Join(' ', this.Select(pair => $"{pair.Key}:{pair.Value}"));
    }
}
