using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;

namespace Creo.Infrastructure.Mail;

/// <summary>
/// A fan-out's batch over one SMTP connection: one handshake for many mails, not one per mail. The stop token is
/// looked at only between mails and while connecting; a mail the relay is taking finishes under its own timeout,
/// because a mail cut off after the relay queued it would be sent but never recorded, and mailed again on the restart.
/// </summary>
internal sealed class SmtpBatch(EmailOptions options, IReadOnlyList<OutgoingMail> mails)
{
    /// <summary>How long one mail may take once started (a stalled relay must not hold the batch for ever).</summary>
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(60);

    private readonly List<int> accepted = new(mails.Count);
    private readonly List<int> refused = [];

    public async Task<MailBatchOutcome> SendAsync(CancellationToken stopping)
    {
        using var client = new SmtpClient();
        Exception? broken = null;
        try
        {
            for (var i = 0; i < mails.Count && !stopping.IsCancellationRequested && broken is null; i++)
            {
                if (!client.IsConnected)
                {
                    // Nothing is in flight while connecting, so a stop here loses nothing.
                    await SmtpMailSender.ConnectAsync(client, options, stopping);
                }

                broken = await SendOneAsync(client, i);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped while connecting: the caller records what was accepted and stops.
        }
        catch (Exception failure) when (failure is SmtpCommandException or SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException)
        {
            broken = failure is SmtpCommandException command ? MailDeliveryException.From(command) : MailDeliveryException.From(failure);
        }
        finally
        {
            await QuitAsync(client);
        }

        return new MailBatchOutcome(accepted, refused, broken);
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        catch (Exception failure) when (failure is OperationCanceledException or IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException)
        {
            // Every mail is already accepted or not; a QUIT that goes unanswered changes neither.
        }
    }

    /// <summary>Sends mail <paramref name="index"/>; the failure that ends the batch, or null to go on.</summary>
    private async Task<Exception?> SendOneAsync(SmtpClient client, int index)
    {
        var message = MimeMessages.Build(mails[index], options.From);
        try
        {
            using var timeout = new CancellationTokenSource(MailTimeout);
            await client.SendAsync(message, timeout.Token);
            accepted.Add(index);
            return null;
        }
        catch (SmtpCommandException refusal) when (refusal.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // This person's mail only (a 4xx to retry later or a 5xx): unrecorded, so the job's next run tries them
            // again; the others in the batch go on. MailKit resets the envelope after a refusal, and if the relay hung
            // up instead, the loop connects again.
            refused.Add(index);
            return null;
        }
        catch (SmtpCommandException failure)
        {
            // The sender refused or an unexpected reply: every mail after this one would fail the same way.
            return MailDeliveryException.From(failure);
        }
        catch (SmtpProtocolException failure)
        {
            return MailDeliveryException.From(failure);
        }
        catch (Exception failure) when (failure is OperationCanceledException or IOException or SocketException or ServiceNotConnectedException)
        {
            return MailDeliveryException.From(failure);
        }
    }
}
