namespace Creo.Application.Privacy.PickPolicyChangeRecipients;

/// <summary>The next <paramref name="Take"/> active accounts after <paramref name="After"/>, and which of them were not yet told about the version.</summary>
public sealed record PickPolicyChangeRecipientsQuery(Guid PolicyVersionId, Guid? After, int Take) : IQuery<PolicyChangeRecipients>;
