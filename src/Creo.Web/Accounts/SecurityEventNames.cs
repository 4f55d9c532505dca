namespace Creo.Web.Accounts;

/// <summary>The security log's stable kind names (<c>session-revoked</c>) and details as a person reads them.</summary>
public static class SecurityEventNames
{
    private const string EndedSessionPrefix = "Ended the session of ";

    /// <summary>How a credit correction's detail began while corrections were still logged as staff reads.</summary>
    private const string EarlyCreditCorrectionPrefix = "Support staff adjusted your credits";

    /// <summary>
    /// The kind in words, by its detail where one kind once covered two things: before corrections had a kind of
    /// their own, support's credit corrections were stored as <c>staff-access</c>, and are no read of anyone's data.
    /// </summary>
    public static string Describe(string kind, string? detail) =>
        kind == "staff-access" && detail?.StartsWith(EarlyCreditCorrectionPrefix, StringComparison.Ordinal) == true
            ? Describe("staff-credit-correction")
            : Describe(kind);

    public static string Describe(string kind) => kind switch
    {
        "signed-in" => "Signed in",
        "new-device" => "New device",
        "signed-out" => "Signed out",
        "session-revoked" => "Session ended",
        "sign-in-refused" => "Sign-in refused",
        "profile-changed" => "Profile changed",
        "staff-access" => "Support staff viewed your data",
        "staff-credit-correction" => "Support corrected your credits",
        "staff-action" => "Support staff acted on your account",
        "deletion-requested" => "Account deletion requested",
        "deletion-cancelled" => "Account deletion cancelled",

        // A kind added later still reads as words rather than as a code.
        _ => kind.Length == 0 ? "Other" : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' '),
    };

    /// <summary>
    /// The detail under the kind, or null when it would only repeat it. An ended session's detail names the
    /// other browser by its full user agent, which the page shortens the way the sessions table does.
    /// </summary>
    public static string? Detail(string kind, string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail))
        {
            return null;
        }

        if (kind == "session-revoked" && detail.StartsWith(EndedSessionPrefix, StringComparison.Ordinal))
        {
            var userAgent = detail[EndedSessionPrefix.Length..].TrimEnd('.');
            return DeviceNames.Recognises(userAgent) ? $"Ended the session of {DeviceNames.Describe(userAgent)}." : detail;
        }

        return detail;
    }
}
