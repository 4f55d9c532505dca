namespace Creo.Domain.Accounts;

/// <summary>How the account was first created (policy section 02: "auth method").</summary>
public enum AuthMethod
{
    Email,
    Google,
}
