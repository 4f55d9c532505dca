namespace Creo.Application.Billing.Contracts;

internal sealed class EraseBillingRecordsCommandValidator : AbstractValidator<EraseBillingRecordsCommand>
{
    public EraseBillingRecordsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
