namespace Creo.Application.Billing.RecordPaymentEventFailure;

internal sealed class RecordPaymentEventFailureCommandValidator : AbstractValidator<RecordPaymentEventFailureCommand>
{
    public RecordPaymentEventFailureCommandValidator()
    {
        RuleFor(c => c.EventId).NotEmpty();
        RuleFor(c => c.Error).NotEmpty();
    }
}
