using System.Net;
using System.Text.RegularExpressions;

namespace Creo.Testing;

/// <summary>The hidden inputs of a page's form (name → value), as a browser would submit them.</summary>
public static partial class HiddenFields
{
    public static IReadOnlyDictionary<string, string> Read(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in HiddenInput().Matches(html))
        {
            var name = Attribute("name").Match(input.Value);
            var value = Attribute("value").Match(input.Value);
            if (name.Success)
            {
                fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : string.Empty;
            }
        }

        return fields;
    }

    private static Regex Attribute(string name) => new($"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);

    [GeneratedRegex("<input\\b[^>]*\\btype=\"hidden\"[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HiddenInput();
}
