namespace Creo.Domain.Accounts;

/// <summary>What an account may do. Every account is a user; staff are support or admin on top of that.</summary>
[Flags]
public enum Role
{
    User = 1,
    Support = 2,
    Admin = 4,
}
