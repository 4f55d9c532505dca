namespace Creo.Web.Common;

/// <summary>One cookie the app can set. A prefix entry covers names made at run time (a per-sign-in nonce, chunks).</summary>
public sealed record CatalogedCookie(string Name, CookieCategory Category, string Purpose, bool IsPrefix = false)
{
    public bool Matches(string cookieName) =>
        IsPrefix ? cookieName.StartsWith(Name, StringComparison.Ordinal) : string.Equals(cookieName, Name, StringComparison.Ordinal);
}
