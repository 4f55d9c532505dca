using FluentValidation;

namespace Creo.Application.Billing.EraseBillingRecords;

internal sealed class EraseBillingRecordsCommandValidator : AbstractValidator<EraseBillingRecordsCommand>
{
    public EraseBillingRecordsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
