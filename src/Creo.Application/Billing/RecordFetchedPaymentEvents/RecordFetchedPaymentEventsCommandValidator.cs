namespace Creo.Application.Billing.RecordFetchedPaymentEvents;

internal sealed class RecordFetchedPaymentEventsCommandValidator : AbstractValidator<RecordFetchedPaymentEventsCommand>
{
    public RecordFetchedPaymentEventsCommandValidator()
    {
        RuleFor(c => c.Payloads).NotNull();
    }
}
