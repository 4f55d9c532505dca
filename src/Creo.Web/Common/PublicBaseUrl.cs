using Creo.Infrastructure.Common;

namespace Creo.Web.Common;

/// <summary>
/// The origin that links we mail point at. The configured public origin wins; the request's own scheme and
/// Host header are used only when none is configured (development), since a forged Host must never end up in
/// a link we mail. The sign-in API and the sign-in page both ask here, so their links cannot drift apart.
/// </summary>
internal static class PublicBaseUrl
{
    public static string Of(HttpContext context, CreoOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{context.Request.Scheme}://{context.Request.Host}" : options.PublicBaseUrl;
}
