using Creo.Application.Accounts.RecordStaffAct;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.GetAccountContact;

namespace Creo.Application.Privacy;

/// <summary>
/// What every act on the privacy-request desk shares (issue 14): nobody on staff handles a request about their own
/// account, and the staff audit log names who did it, with the person's security log saying what happened.
/// </summary>
internal static class DeskActs
{
    public static void EnsureNotTheirOwn(Guid staffUserId, Guid subjectUserId)
    {
        if (staffUserId == subjectUserId)
        {
            throw new ForbiddenException("staff-own-account", "Staff do not handle privacy requests about their own account; ask another member of staff.");
        }
    }

    /// <summary>The request staff act on, refused when it is missing or about their own account.</summary>
    public static async Task<PrivacyRequest> LoadForDeskAsync(this IPrivacyData data, Guid requestId, Guid staffUserId, CancellationToken cancellationToken)
    {
        var request = await data.PrivacyRequests.FirstOrNotFoundAsync(r => r.Id == requestId, "Privacy request", cancellationToken);
        EnsureNotTheirOwn(staffUserId, request.UserId);
        return request;
    }

    /// <summary>Mails the person who asked, at the address their account has now, what became of their request.</summary>
    public static async Task TellRequesterAsync(
        this IMediator mediator, IMailSender mail, PrivacyRequest request, Func<AccountContactDto, PrivacyRequest, OutgoingMail> compose, CancellationToken cancellationToken)
    {
        var contact = await mediator.Send(new GetAccountContactQuery(request.UserId), cancellationToken);
        await mail.SendAsync(compose(contact, request), cancellationToken);
    }

    /// <summary>The request itself is the reason for the act, unless staff gave one (an extension's).</summary>
    public static ValueTask<Unit> AuditAsync(
        this IMediator mediator, Guid staffUserId, PrivacyRequest request, string action, string whatHappened, CancellationToken cancellationToken, string? reason = null) =>
        mediator.Send(
            new RecordStaffActCommand(
                staffUserId, request.UserId, action,
                reason ?? $"Privacy request {request.Id} ({request.Type.ToString().ToLowerInvariant()}, received {request.ReceivedAt:yyyy-MM-dd})",
                whatHappened),
            cancellationToken);
}
