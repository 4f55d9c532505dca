namespace Creo.Web.Common;

/// <summary>The two kinds of cookie policy section 09 names; there is no third (no advertising, no retargeting).</summary>
public enum CookieCategory
{
    /// <summary>Needed to stay signed in and to use the app safely; turning them off breaks it.</summary>
    Essential,

    /// <summary>Anonymised usage signals, set only after the person allows analytics.</summary>
    Analytics,
}
