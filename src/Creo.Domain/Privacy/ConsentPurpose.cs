namespace Creo.Domain.Privacy;

/// <summary>The optional processing a person can opt into (policy sections 08 and 09); everything else is essential.</summary>
public enum ConsentPurpose
{
    Analytics,
    ProductEmails,
}
