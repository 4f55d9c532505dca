using Creo.Application.Credits.Contracts;
using Mapster;

namespace Creo.Application.Credits.GetCreditReceipt;

internal sealed class GetCreditReceiptQueryHandler(ICreditsData data, TypeAdapterConfig mapping) : IQueryHandler<GetCreditReceiptQuery, CreditReceiptDto>
{
    public async ValueTask<CreditReceiptDto> Handle(GetCreditReceiptQuery query, CancellationToken cancellationToken)
    {
        var holdKey = CreditSourceKeys.GenerationHold(query.GenerationId);
        string[] keys = [CreditSourceKeys.HoldOf(holdKey), CreditSourceKeys.SettlementOf(holdKey)];
        var entries = await data.CreditEntries.AsNoTracking()
            .Where(e => e.UserId == query.UserId && keys.Contains(e.SourceKey))
            .ToListAsync(cancellationToken);
        entries = [.. entries.OrderBy(e => e.Kind == CreditEntryKind.Hold ? 0 : 1)];

        var held = -entries.Where(e => e.Kind == CreditEntryKind.Hold).Sum(e => e.Amount);
        var captured = entries.Any(e => e.Kind == CreditEntryKind.Capture) ? held : 0;
        var released = entries.Where(e => e.Kind == CreditEntryKind.Release).Sum(e => e.Amount);
        return new CreditReceiptDto(held, captured, released, [.. entries.Select(e => e.Adapt<CreditEntryDto>(mapping))]);
    }
}
