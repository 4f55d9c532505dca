namespace Creo.Testing;

/// <summary>One request the <see cref="ReplicateStandIn"/> received, as it arrived.</summary>
public sealed record ReplicateStandInRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
