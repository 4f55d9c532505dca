namespace Creo.Domain.Accounts;

public enum AccountStatus
{
    Active,

    /// <summary>Cannot sign in; every session ended when the suspension began.</summary>
    Suspended,

    /// <summary>Being erased at the person's request: cannot sign in, and nothing new is made for it.</summary>
    Closing,
}
