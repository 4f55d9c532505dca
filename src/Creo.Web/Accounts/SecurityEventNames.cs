namespace Creo.Web.Accounts;

/// <summary>The security log's stable kind names (<c>session-revoked</c>) as a person reads them.</summary>
public static class SecurityEventNames
{
    public static string Describe(string kind) => kind switch
    {
        "signed-in" => "Signed in",
        "new-device" => "Signed in from a new device",
        "signed-out" => "Signed out",
        "session-revoked" => "Ended a session",
        "sign-in-refused" => "Sign-in refused",
        "profile-changed" => "Changed the profile",
        "staff-access" => "Support staff viewed your data",

        // A kind added later still reads as words rather than as a code.
        _ => kind.Length == 0 ? "Other" : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' '),
    };
}
