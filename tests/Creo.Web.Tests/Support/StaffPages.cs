using System.Net;
using System.Text.RegularExpressions;
using Creo.Testing;

namespace Creo.Web.Tests.Support;

/// <summary>The staff pages as a browser uses them: forms posted with their antiforgery token, and what the answers hold.</summary>
public static partial class StaffPages
{
    public static Task<HttpResponseMessage> PostAsync(SignedInUser staff, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = staff.CsrfToken!;
        return staff.SendContentAsync(HttpMethod.Post, path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The sealed confirmation the page put in its form.</summary>
    public static string TokenIn(string html) => WebUtility.HtmlDecode(ConfirmationField().Match(html).Groups[1].Value) is { Length: > 0 } token
        ? token
        : throw new InvalidOperationException("No confirmation in the page.");

    /// <summary>The markup of the element with this test id, to its end (a table or section).</summary>
    public static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {testId} in the page.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    /// <summary>Every address the page links to or posts to.</summary>
    public static IEnumerable<string> Addresses(string html) =>
        AddressAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("name=\"Confirmation\" value=\"([^\"]+)\"")]
    private static partial Regex ConfirmationField();

    [GeneratedRegex("(?:href|action)=\"([^\"]*)\"")]
    private static partial Regex AddressAttribute();
}
