namespace Creo.Domain.Privacy;

/// <summary>The six rights of policy section 07.</summary>
public enum PrivacyRequestType
{
    Access,
    Correct,
    Delete,
    Port,
    Object,
    Withdraw,
}
