
namespace Creo.Application.Privacy;

// Not Mapster: whether a request is overdue is computed at a moment, and the email comes from the accounts module.
internal static class DeskRequestMapper
{
    public static DeskRequestDto ToDto(PrivacyRequest request, string? email, DateTimeOffset now)
    {
        var overdue = request.IsOverdueAt(now);
        return new DeskRequestDto(
            request.Id,
            request.UserId,
            email,
            KebabNames.Of(request.Type),
            request.Details,
            request.Source,
            request.IsOpen ? overdue ? "overdue" : "open" : "completed",
            request.ReceivedAt,
            request.DueAt,
            overdue,
            request.ExtensionReason,
            request.CompletedAt,
            request.Outcome);
    }
}
