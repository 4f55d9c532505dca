using Creo.Web.Accounts;
using Creo.Web.Privacy;

namespace Creo.Web.Common;

/// <summary>
/// Every cookie Crëo can set, with its category (policy section 09). All are first-party; no third-party script or
/// frame runs on our pages, so no one else's cookie can be set through them. A test follows a person through the
/// app and fails on any cookie this list does not name, so a new cookie must be classified here before it ships.
/// </summary>
public static class CookieCatalog
{
    public static readonly IReadOnlyList<CatalogedCookie> All =
    [
        new(SessionCookie.Name, CookieCategory.Essential, "Keeps you signed in: an opaque token; the server keeps only its hash."),
        new(CsrfProtection.CookieName, CookieCategory.Essential, "Proves a form or API call came from Crëo's own pages (antiforgery)."),
        new(GoogleSignIn.CorrelationCookiePrefix, CookieCategory.Essential, "Ties Google's answer to the sign-in you started, for ten minutes at most.", IsPrefix: true),

        // Chunked as creo_externalC1, C2… should Google's answer outgrow one cookie.
        new(GoogleSignIn.ExternalCookieName, CookieCategory.Essential, "Holds Google's answer between Google and your new Crëo session.", IsPrefix: true),
        new(AnalyticsCookie.Name, CookieCategory.Analytics, "Says you allowed anonymous page-view counts; the same for everyone, so it identifies no one."),
    ];

    public static CatalogedCookie? Find(string cookieName) => All.FirstOrDefault(cookie => cookie.Matches(cookieName));
}
