using Creo.Application.Common.Text;
using Creo.Application.Credits.Contracts;
using Creo.Domain.Credits;

namespace Creo.Application.Credits;

internal static class CreditEntryMapper
{
    public static CreditEntryDto ToDto(CreditEntry entry) =>
        new(entry.Id, entry.Amount, KebabNames.Of(entry.Kind), entry.Reason, entry.CreatedAt, entry.GenerationId);
}
