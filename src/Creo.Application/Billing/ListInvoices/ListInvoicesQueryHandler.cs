using Mapster;

namespace Creo.Application.Billing.ListInvoices;

internal sealed class ListInvoicesQueryHandler(IBillingData data, TypeAdapterConfig mapping) : IQueryHandler<ListInvoicesQuery, IReadOnlyList<InvoiceDto>>
{
    /// <summary>Years of monthly invoices fit; nobody needs more on one page.</summary>
    private const int Limit = 120;

    public async ValueTask<IReadOnlyList<InvoiceDto>> Handle(ListInvoicesQuery query, CancellationToken cancellationToken) =>
        await data.Invoices.AsNoTracking()
            .Where(i => i.UserId == query.UserId)
            .OrderByDescending(i => i.CreatedAt)
            .Take(Limit)
            .ProjectToType<InvoiceDto>(mapping)
            .ToListAsync(cancellationToken);
}
