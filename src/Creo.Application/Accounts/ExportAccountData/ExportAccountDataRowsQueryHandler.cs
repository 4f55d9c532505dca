using System.Runtime.CompilerServices;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ExportAccountData;

/// <summary>Every stored value of the person's account rows, row by row, except the hashes of session and sign-in tokens.</summary>
internal sealed class ExportAccountDataRowsQueryHandler(IAccountsData data) : IStreamQueryHandler<ExportAccountDataRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportAccountDataRowsQuery query, CancellationToken cancellationToken)
    {
        var (userId, newestFirst) = (query.UserId, query.NewestFirst);
        return query.Table switch
        {
            "users" => PersonalDataStream.Rows(
                data.Users.Where(u => u.Id == userId).Select(u => new
                {
                    u.Id, u.Email, u.Name, u.AvatarUrl, u.AuthMethod, u.CreatedAt, u.Roles, u.Status,
                    u.AgeConfirmedAt, u.AgeConfirmationMethod, u.AgeConfirmedUnderPolicyVersion,
                    u.MinorRemovalFiledAt, u.MinorRemovalFiledBy,
                }),
                null,
                cancellationToken),
            "sessions" => PersonalDataStream.Rows(
                data.Sessions.Where(s => s.UserId == userId).Ordered(s => s.Id, newestFirst)
                    .Select(s => new { s.Id, s.UserId, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.IpAddress, s.UserAgent, s.DeviceFingerprint, s.RevokedAt }),
                null,
                cancellationToken),
            "sign_in_tokens" => SignInTokens(userId, newestFirst, cancellationToken),
            "known_devices" => PersonalDataStream.Rows(
                data.KnownDevices.Where(d => d.UserId == userId).Ordered(d => d.Id, newestFirst)
                    .Select(d => new { d.Id, d.UserId, d.DeviceFingerprint, d.FirstSeenAt, d.LastSeenAt }),
                null,
                cancellationToken),
            "policy_acceptances" => PersonalDataStream.Rows(
                data.PolicyAcceptances.Where(a => a.UserId == userId).Ordered(a => a.Id, newestFirst)
                    .Select(a => new { a.Id, a.UserId, a.PolicyVersion, a.AcceptedAt }),
                null,
                cancellationToken),
            "security_events" => PersonalDataStream.Rows(
                data.SecurityEvents.Where(e => e.UserId == userId).Ordered(e => e.Id, newestFirst)
                    .Select(e => new { e.Id, e.UserId, e.Kind, e.OccurredAt, e.IpAddress, e.UserAgent, e.Detail }),
                null,
                cancellationToken),
            "staff_audit_log" => PersonalDataStream.Rows(
                data.StaffAuditEntries.Where(e => e.SubjectUserId == userId).Ordered(e => e.Id, newestFirst)
                    .Select(e => new { e.Id, e.StaffUserId, e.SubjectUserId, e.Action, e.Reason, e.OccurredAt, e.Credits }),
                null,
                cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Table, "No such accounts table."),
        };
    }

    /// <summary>Sign-in links name an address, not an account: the person's are those sent to their address.</summary>
    private async IAsyncEnumerable<PersonalDataRow> SignInTokens(Guid userId, bool newestFirst, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var email = await data.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            yield break;
        }

        var rows = data.SignInTokens.Where(t => t.Email == email).Ordered(t => t.Id, newestFirst)
            .Select(t => new { t.Id, t.Email, t.CreatedAt, t.ExpiresAt, t.UsedAt });
        await foreach (var row in PersonalDataStream.Rows(rows, null, cancellationToken))
        {
            yield return row;
        }
    }
}
