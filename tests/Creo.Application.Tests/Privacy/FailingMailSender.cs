using Creo.Application.Common.Ports;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// The real mail sender, except that the send it is told to fail throws, as a relay that went away would, or that
/// right after the relay accepted the send it is told to, it stops the job as a server shutting down would.
/// Batches go to the real sender's batch (one connection), split only where the planted failure or stop falls.
/// </summary>
public sealed class FailingMailSender(IMailSender inner) : IMailSender
{
    private int sends;
    private CancellationTokenSource? stopAfter;

    /// <summary>The 1-based number of the send that fails from now on; null lets every mail through.</summary>
    public int? FailOnSend { get; set; }

    /// <summary>The 1-based number of the send after whose acceptance <see cref="StopAfterSend"/> cancels the job.</summary>
    public int? StopOnSend { get; private set; }

    /// <summary>Cancels <paramref name="job"/> right after the relay accepted send <paramref name="send"/>: the window between a mail and its record.</summary>
    public void StopAfterSend(int send, CancellationTokenSource job)
    {
        StopOnSend = send;
        stopAfter = job;
    }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var send = Interlocked.Increment(ref sends);
        if (send == FailOnSend)
        {
            throw new IOException("The mail relay closed the connection.");
        }

        await inner.SendAsync(mail, cancellationToken);
        if (send == StopOnSend)
        {
            await stopAfter!.CancelAsync();
        }
    }

    public async Task<MailBatchOutcome> SendEachAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken stopping)
    {
        var first = sends + 1;
        var failAt = FailOnSend - first;
        var stopAt = StopOnSend - first;
        if (failAt is { } fail && fail >= 0 && fail < mails.Count)
        {
            // The mails before the failing one go out; the failing one and those after it do not.
            var before = await SendPartAsync(mails, 0, fail, stopping);
            sends += fail + 1;
            return before with { Broken = before.Broken ?? new IOException("The mail relay closed the connection.") };
        }

        if (stopAt is { } stop && stop >= 0 && stop < mails.Count)
        {
            var upTo = await SendPartAsync(mails, 0, stop + 1, stopping);
            await stopAfter!.CancelAsync();
            var rest = await SendPartAsync(mails, stop + 1, mails.Count - stop - 1, stopping);
            sends += mails.Count;
            return new MailBatchOutcome([.. upTo.Accepted, .. rest.Accepted], [.. upTo.Refused, .. rest.Refused], upTo.Broken ?? rest.Broken);
        }

        sends += mails.Count;
        return await inner.SendEachAsync(mails, stopping);
    }

    public void Reset()
    {
        sends = 0;
        FailOnSend = null;
        StopOnSend = null;
        stopAfter = null;
    }

    /// <summary>The real batch over <paramref name="count"/> mails from <paramref name="start"/>, its positions given in the whole batch.</summary>
    private async Task<MailBatchOutcome> SendPartAsync(IReadOnlyList<OutgoingMail> mails, int start, int count, CancellationToken stopping)
    {
        if (count == 0)
        {
            return new MailBatchOutcome([], [], null);
        }

        var outcome = await inner.SendEachAsync([.. mails.Skip(start).Take(count)], stopping);
        return new MailBatchOutcome([.. outcome.Accepted.Select(i => i + start)], [.. outcome.Refused.Select(i => i + start)], outcome.Broken);
    }
}
