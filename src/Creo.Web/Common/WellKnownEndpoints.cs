using Creo.Infrastructure.Common;

namespace Creo.Web.Common;

internal static class WellKnownEndpoints
{
    /// <summary>RFC 9116 <c>security.txt</c>: where to report a vulnerability, and the policy that governs data.</summary>
    public static IEndpointRouteBuilder MapWellKnown(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/security.txt", (HttpContext context, IOptions<CreoOptions> options, TimeProvider clock) =>
        {
            var origin = PublicBaseUrl.Of(context, options.Value).TrimEnd('/');
            var expires = clock.GetUtcNow().AddDays(180).ToString("yyyy-MM-dd'T'00:00:00'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var text = $"""
                Contact: mailto:{options.Value.ContactEmail}
                Expires: {expires}
                Preferred-Languages: en, fr
                Canonical: {origin}/.well-known/security.txt
                Policy: {origin}/privacy

                """;
            return Results.Text(text, "text/plain; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
