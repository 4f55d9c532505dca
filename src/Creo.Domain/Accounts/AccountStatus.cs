namespace Creo.Domain.Accounts;

public enum AccountStatus
{
    Active,

    /// <summary>Cannot sign in; every session ended when the suspension began.</summary>
    Suspended,
}
