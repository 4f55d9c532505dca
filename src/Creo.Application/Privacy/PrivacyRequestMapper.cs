using Creo.Application.Common.Text;
using Creo.Domain.Privacy;

namespace Creo.Application.Privacy;

internal static class PrivacyRequestMapper
{
    public static PrivacyRequestDto ToDto(PrivacyRequest request) => new(
        request.Id,
        KebabNames.Of(request.Type),
        request.Details,
        request.IsOpen ? "open" : "completed",
        request.ReceivedAt,
        request.DueAt,
        request.ExtensionReason,
        request.CompletedAt,
        request.Outcome);
}
