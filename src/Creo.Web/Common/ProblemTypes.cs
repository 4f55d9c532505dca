namespace Creo.Web.Common;

/// <summary>
/// Problem <c>type</c> URIs: one stable slug per kind of failure, so clients branch on the ending
/// (<c>…/validation</c>, <c>…/not-found</c>, <c>…/onboarding-required</c>) rather than on titles.
/// </summary>
public static class ProblemTypes
{
    public const string Base = "https://creo.studio/problems/";

    public static string For(string slug) => Base + slug;
}
