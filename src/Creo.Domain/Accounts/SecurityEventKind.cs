namespace Creo.Domain.Accounts;

public enum SecurityEventKind
{
    SignedIn,
    NewDevice,
    SignedOut,
    SessionRevoked,
    SignInRefused,
    ProfileChanged,
    /// <summary>Support staff read the person's data (their account, their generation history).</summary>
    StaffAccess,
    DeletionRequested,
    DeletionCancelled,

    /// <summary>Support staff added credits to the account or took some back.</summary>
    StaffCreditCorrection,

    /// <summary>Staff changed something about the account (a suspension, roles, a privacy request answered).</summary>
    StaffAction,
}
