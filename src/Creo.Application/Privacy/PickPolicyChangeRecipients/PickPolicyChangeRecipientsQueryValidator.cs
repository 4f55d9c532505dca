namespace Creo.Application.Privacy.PickPolicyChangeRecipients;

internal sealed class PickPolicyChangeRecipientsQueryValidator : AbstractValidator<PickPolicyChangeRecipientsQuery>
{
    public PickPolicyChangeRecipientsQueryValidator()
    {
        RuleFor(c => c.PolicyVersionId).NotEmpty();
        RuleFor(c => c.Take).InclusiveBetween(1, 1000);
    }
}
