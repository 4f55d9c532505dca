using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.EraseAccount;
using Creo.Application.Billing.EraseBillingRecords;
using Creo.Application.Credits.EraseCredits;
using Creo.Application.Generations.EraseGenerations;
using Creo.Application.Privacy.BeginAccountErasure;
using Creo.Application.Privacy.CompleteAccountErasure;
using Creo.Application.Privacy.ErasePrivacyRecords;
using Creo.Application.Billing.Contracts;
using Creo.Application.Credits.Contracts;
using Creo.Application.Generations.Contracts;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.RunAccountErasure;

internal sealed class RunAccountErasureJobHandler(IMediator mediator, IMailSender mail, ILogger<RunAccountErasureJobHandler> logger)
    : IJobHandler<RunAccountErasureJob>
{
    public async Task RunAsync(RunAccountErasureJob job, CancellationToken cancellationToken)
    {
        var subject = await mediator.Send(new BeginAccountErasureCommand(job.DeletionId), cancellationToken);
        if (subject is null)
        {
            return;
        }

        var userId = subject.UserId;

        // Money first, so nothing renews while the rest goes; then runs at the model provider stop and media goes.
        var billing = await mediator.Send(new EraseBillingRecordsCommand(userId), cancellationToken);
        var objects = await mediator.Send(new EraseGenerationsCommand(userId), cancellationToken);
        var entries = await mediator.Send(new EraseCreditsCommand(userId), cancellationToken);
        var privacy = await mediator.Send(new ErasePrivacyRecordsCommand(userId), cancellationToken);
        if (subject.Contact is { } contact)
        {
            await SendReceiptAsync(contact, job.DeletionId, cancellationToken);
        }

        var account = await mediator.Send(new EraseAccountCommand(userId), cancellationToken);
        var summary = new ErasureSummary(
            billing.SubscriptionsCancelled, billing.InvoicesAnonymised, objects, entries, account.RequestLogEntries, privacy, account.AccountRecords);
        var receipt = await mediator.Send(new CompleteAccountErasureCommand(job.DeletionId, summary), cancellationToken);
        logger.LogInformation(
            "Erasure {ReceiptId} finished: {Subscriptions} subscription(s) cancelled, {Invoices} invoice(s) anonymised, {Objects} object(s), "
            + "{Entries} ledger entries, {Logs} request-log entries, {Privacy} privacy records and {Account} account records removed",
            receipt, summary.SubscriptionsCancelled, summary.InvoicesAnonymised, objects, entries, account.RequestLogEntries, privacy, account.AccountRecords);
    }

    /// <summary>
    /// Sent before the account row goes, as the address goes with it. A mail that cannot be delivered must not keep
    /// the erasure from finishing: it is logged (without the address) and the saga goes on.
    /// </summary>
    private async Task SendReceiptAsync(AccountContactDto contact, Guid receiptId, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(ReceiptMail(contact, receiptId), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("The erasure receipt {ReceiptId} could not be mailed ({Error})", receiptId, exception.GetType().Name);
        }
    }

    private static OutgoingMail ReceiptMail(AccountContactDto contact, Guid receiptId) => MailTemplate.Compose(
        contact.Email,
        "Your Crëo account has been erased",
        """
        {{hello}}

        As you asked, your Crëo account is being erased now: your generations and uploads, your credits, your consents
        and requests, your sign-in history and your account itself. Any subscription has been cancelled. Invoices are
        kept for tax law (six years), detached from you.

        Erasure receipt: {{receipt}}\
        The receipt records only dates and counts, nothing about you. Quote it if you ever ask us about this erasure.

        This is the last mail we send to this address.

        — Crëo
        """,
        new Dictionary<string, string> { ["hello"] = MailTemplate.Hello(contact.Name), ["receipt"] = receiptId.ToString() },
        linkBase: null);
}
