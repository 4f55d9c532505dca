namespace Creo.Domain.Accounts;

public enum SecurityEventKind
{
    SignedIn,
    NewDevice,
    SignedOut,
    SessionRevoked,
    SignInRefused,
    ProfileChanged,
    StaffAccess,
    DeletionRequested,
    DeletionCancelled,
}
