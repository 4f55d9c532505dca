using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ExportAccountData;

/// <summary>Every stored value of the person's account rows, except the hashes of session and sign-in tokens.</summary>
internal sealed class ExportAccountDataQueryHandler(IAccountsData data) : IQueryHandler<ExportAccountDataQuery, PersonalDataPart>
{
    public async ValueTask<PersonalDataPart> Handle(ExportAccountDataQuery query, CancellationToken cancellationToken)
    {
        var userId = query.UserId;
        var users = await data.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id, u.Email, u.Name, u.AvatarUrl, u.AuthMethod, u.CreatedAt, u.Roles, u.Status,
                u.AgeConfirmedAt, u.AgeConfirmationMethod, u.AgeConfirmedUnderPolicyVersion,
                u.MinorRemovalFiledAt, u.MinorRemovalFiledBy,
            })
            .ToListAsync(cancellationToken);
        var email = users.FirstOrDefault()?.Email ?? throw new NotFoundException("Account");
        var sessions = await data.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.UserId, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.IpAddress, s.UserAgent, s.DeviceFingerprint, s.RevokedAt })
            .ToListAsync(cancellationToken);

        // Sign-in links name an address, not an account: the person's are those sent to their address.
        var signInTokens = await data.SignInTokens.AsNoTracking()
            .Where(t => t.Email == email).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Email, t.CreatedAt, t.ExpiresAt, t.UsedAt })
            .ToListAsync(cancellationToken);
        var devices = await data.KnownDevices.AsNoTracking()
            .Where(d => d.UserId == userId).OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.UserId, d.DeviceFingerprint, d.FirstSeenAt, d.LastSeenAt })
            .ToListAsync(cancellationToken);
        var acceptances = await data.PolicyAcceptances.AsNoTracking()
            .Where(a => a.UserId == userId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.UserId, a.PolicyVersion, a.AcceptedAt })
            .ToListAsync(cancellationToken);
        var securityEvents = await data.SecurityEvents.AsNoTracking()
            .Where(e => e.UserId == userId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.UserId, e.Kind, e.OccurredAt, e.IpAddress, e.UserAgent, e.Detail })
            .ToListAsync(cancellationToken);
        var staffAccess = await data.StaffAuditEntries.AsNoTracking()
            .Where(e => e.SubjectUserId == userId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.StaffUserId, e.SubjectUserId, e.Action, e.Reason, e.OccurredAt, e.Credits })
            .ToListAsync(cancellationToken);

        return new PersonalDataPart(
            "accounts",
            [
                PersonalDataTable.Of("users", users),
                PersonalDataTable.Of("sessions", sessions),
                PersonalDataTable.Of("sign_in_tokens", signInTokens),
                PersonalDataTable.Of("known_devices", devices),
                PersonalDataTable.Of("policy_acceptances", acceptances),
                PersonalDataTable.Of("security_events", securityEvents),
                PersonalDataTable.Of("staff_audit_log", staffAccess),
            ],
            []);
    }
}
