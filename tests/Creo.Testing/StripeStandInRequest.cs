using Microsoft.AspNetCore.WebUtilities;

namespace Creo.Testing;

/// <summary>One request the <see cref="StripeStandIn"/> received, as it arrived.</summary>
public sealed record StripeStandInRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The form-encoded body, keyed the way Stripe reads it: <c>metadata[creo_user_id]</c>, <c>line_items[0][price]</c>.</summary>
    public IReadOnlyDictionary<string, string> Form { get; } = Parse(Body);

    /// <summary>The query string's parameters, such as <c>created[gt]</c>.</summary>
    public IReadOnlyDictionary<string, string> QueryParameters { get; } = Parse(Query);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    private static Dictionary<string, string> Parse(string encoded) =>
        QueryHelpers.ParseQuery(encoded).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
}
