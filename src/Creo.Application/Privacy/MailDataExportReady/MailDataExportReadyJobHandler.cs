using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.GetAccountContact;

namespace Creo.Application.Privacy.MailDataExportReady;

/// <summary>
/// The mail points at the privacy center, never at the archive: a download link in a mailbox would be a bearer
/// token for everything we hold about the person, and mail is forwarded, synced and stored in many places.
/// </summary>
internal sealed class MailDataExportReadyJobHandler(IPrivacyData data, IMediator mediator, IMailSender mail, IOptions<AppLinks> links, TimeProvider clock)
    : IJobHandler<MailDataExportReadyJob>
{
    public async Task RunAsync(MailDataExportReadyJob job, CancellationToken cancellationToken)
    {
        var export = await data.DataExports.AsNoTracking().FirstOrDefaultAsync(e => e.Id == job.ExportId, cancellationToken);
        if (export is not { ExpiresAt: { } expiresAt } || !export.CanBeDownloadedAt(clock.GetUtcNow()))
        {
            return;
        }

        AccountContactDto contact;
        try
        {
            contact = await mediator.Send(new GetAccountContactQuery(export.UserId), cancellationToken);
        }
        catch (NotFoundException)
        {
            return; // The account was erased meanwhile; there is nobody to tell.
        }

        var template = """
            {{hello}}

            The copy of your Crëo data you asked for is ready. Download it from your privacy center
            while signed in:

            {{link:center|Open my privacy center}}

            It can be downloaded until {{expires}} UTC; after that it is deleted,
            and you can ask for a new one at any time. This mail holds no download link on purpose: only you,
            signed in, can download your data.

            If you did not ask for it, sign in, end any session you do not recognise from your account page,
            and reply to this mail.

            — Crëo
            """;
        var values = new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(contact.Name),
            ["center"] = links.Value.To("/privacy/center"),
            ["expires"] = expiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
        await mail.SendAsync(
            MailTemplate.Compose(contact.Email, "Your Crëo data export is ready", template, values, links.Value.PublicBaseUrl), cancellationToken);
    }
}
