using System.Runtime.ExceptionServices;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.FanOut;

/// <summary>
/// One batch of a fan-out (a material policy change, a breach told to everyone): the batch's mails go out over one
/// connection, then the people the relay accepted are recorded in one transaction.
/// <para>
/// Mails nobody twice across a graceful stop (a deploy's shutdown cancelling the job) and a restart: the sender looks
/// at the stop only between mails and reports every mail the relay accepted, and that record is committed with a token
/// no stop cancels, because once the relay has a mail, cancelling its record can only have the person mailed again.
/// A refused recipient is not recorded (the next run tries them); a broken connection records those accepted before it.
/// </para>
/// <para>
/// What it cannot promise: a process killed outright (or a database that fails the record's commit) between the relay
/// accepting mails and that commit leaves up to one batch of people (<see cref="Size"/>) unrecorded, and the next run
/// mails them again. Recording first instead would turn that window into people recorded but never told, which for a
/// breach notice is the worse failure; a smaller batch narrows the window at the cost of more commits.
/// </para>
/// </summary>
internal static class FanOutBatch
{
    /// <summary>Mails per SMTP connection and records per transaction: the most people a hard kill can mail twice.</summary>
    public const int Size = 100;

    public static async Task<FanOutTally> MailAndRecordAsync(
        IMailSender mail,
        IMediator mediator,
        IReadOnlyList<AccountRecipientDto> recipients,
        Func<AccountRecipientDto, OutgoingMail> compose,
        Func<IReadOnlyList<Guid>, ICommand<int>> record,
        CancellationToken stopping)
    {
        if (recipients.Count == 0)
        {
            return new FanOutTally(0, 0);
        }

        var outcome = await mail.SendEachAsync([.. recipients.Select(compose)], stopping);
        if (outcome.Accepted.Count > 0)
        {
            // Not the job's token: these mails are out, and a stop that cancelled their record would send them again.
            await mediator.Send(record([.. outcome.Accepted.Select(i => recipients[i].UserId)]), CancellationToken.None);
        }

        if (outcome.Broken is { } broken)
        {
            ExceptionDispatchInfo.Throw(broken);
        }

        stopping.ThrowIfCancellationRequested();
        return new FanOutTally(outcome.Accepted.Count, outcome.Refused.Count);
    }

    /// <summary>Fails a run in which the relay refused someone, once every page is done, so the job is retried for them.</summary>
    public static void ThrowIfRefused(int refused)
    {
        if (refused > 0)
        {
            throw new FanOutRefusedException(refused);
        }
    }
}
