using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.Sessions;

/// <summary>
/// What every way of signing in ends with: refuse a suspended account, grant the configured admin role,
/// start the session, log the sign-in, and tell the owner by mail when the device is new to the account.
/// </summary>
internal sealed class SessionIssuer(IAccountsData data, IMailSender mail, IMediator mediator, IOptions<AccountsOptions> options, TimeProvider clock)
{
    public async Task<SignInResult> SignInAsync(User user, ClientInfo client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (user.IsSuspended)
        {
            data.SecurityEvents.Add(SecurityEvent.Record(user.Id, SecurityEventKind.SignInRefused, client, "The account is suspended.", now));
            throw new ForbiddenException("account-suspended", "This account is suspended. Contact support if you think this is a mistake.");
        }

        if (user.IsClosing)
        {
            data.SecurityEvents.Add(SecurityEvent.Record(user.Id, SecurityEventKind.SignInRefused, client, "The account is being erased.", now));
            throw new ForbiddenException("account-being-erased", "This account is being erased at your request and can no longer be used.");
        }

        if (options.Value.IsAdminEmail(user.Email))
        {
            user.GrantRole(Role.Admin);
        }

        var (token, hash) = SecureTokens.Create();
        var session = Session.Start(user.Id, hash, client, now);
        data.Sessions.Add(session);
        data.SecurityEvents.Add(SecurityEvent.Record(user.Id, SecurityEventKind.SignedIn, client, null, now));

        var device = await data.KnownDevices.FirstOrDefaultAsync(d => d.UserId == user.Id && d.DeviceFingerprint == client.DeviceFingerprint, cancellationToken);
        if (device is null)
        {
            var firstDevice = !await data.KnownDevices.AnyAsync(d => d.UserId == user.Id, cancellationToken);
            data.KnownDevices.Add(KnownDevice.FirstSeen(user.Id, client.DeviceFingerprint, now));
            if (!firstDevice)
            {
                data.SecurityEvents.Add(SecurityEvent.Record(user.Id, SecurityEventKind.NewDevice, client, "Signed in from a new device.", now));
                await mail.SendAsync(NewDeviceMail(user, client, now), cancellationToken);
            }
        }
        else
        {
            device.SeenAgain(now);
        }

        var onboardingRequired = await OnboardingProbe.IsRequiredAsync(data, mediator, user, cancellationToken);
        return new SignInResult(user.Id, session.Id, token, session.ExpiresAt, onboardingRequired);
    }

    private static OutgoingMail NewDeviceMail(User user, ClientInfo client, DateTimeOffset now) => MailTemplate.Compose(
        user.Email,
        "New sign-in to your Crëo account",
        """
        {{hello}}

        Your Crëo account was just signed in to from a device it has not used before.

        When: {{when}} UTC\
        Browser: {{browser}}\
        IP address: {{ip}}

        If this was you, there is nothing to do. If it was not, open your account page, end that session,
        and reply to this mail so we can help.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(user.Name),
            ["when"] = now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["browser"] = client.UserAgent ?? "unknown",
            ["ip"] = client.IpAddress ?? "unknown",
        },
        linkBase: null);
}
