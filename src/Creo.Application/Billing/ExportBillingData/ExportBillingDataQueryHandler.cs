
namespace Creo.Application.Billing.ExportBillingData;

internal sealed class ExportBillingDataQueryHandler : IQueryHandler<ExportBillingDataQuery, PersonalDataPart>
{
    private static readonly string[] Tables = ["customers", "subscriptions", "invoices", "credit_purchases", "payment_reversals", "payment_events"];

    public ValueTask<PersonalDataPart> Handle(ExportBillingDataQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new PersonalDataPart("billing", [.. Tables.Select(t => new PersonalDataTable(t, new ExportBillingDataRowsQuery(query.UserId, t)))]));
}
