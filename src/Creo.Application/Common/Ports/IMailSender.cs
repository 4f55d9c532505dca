namespace Creo.Application.Common.Ports;

/// <summary>Outgoing mail: .eml files in a pickup directory by default, SMTP when a host is configured.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>
    /// Sends each mail in turn over one connection (a fan-out's batch) and says which the relay accepted. It never
    /// throws for a stop, a refusal or a broken connection, so the caller can always record who was mailed:
    /// <paramref name="stopping"/> is honoured only between mails (a mail the relay is taking is finished, never cut
    /// off, so every accepted mail is in the outcome); a recipient the relay refuses (4xx or 5xx) is listed and the next
    /// mail goes on; a connection that breaks ends the batch with <see cref="MailBatchOutcome.Broken"/>.
    /// </summary>
    Task<MailBatchOutcome> SendEachAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken stopping);
}
