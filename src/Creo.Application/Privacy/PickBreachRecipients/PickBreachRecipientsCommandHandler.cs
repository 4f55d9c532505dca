using Creo.Application.Accounts.ListAccountContacts;
using Creo.Application.Accounts.ListAccountContactsById;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.PickBreachRecipients;

internal sealed class PickBreachRecipientsCommandHandler(IPrivacyData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<PickBreachRecipientsCommand, BreachRecipientsBatch>
{
    public async ValueTask<BreachRecipientsBatch> Handle(PickBreachRecipientsCommand command, CancellationToken cancellationToken)
    {
        var breach = await data.Breaches.AsNoTracking().FirstOrNotFoundAsync(b => b.Id == command.BreachId, "Breach", cancellationToken);
        return breach.Audience == BreachAudience.Explicit
            ? await NamedAsync(command, cancellationToken)
            : await EveryoneCreatedNoLaterThanAsync(breach, command, cancellationToken);
    }

    /// <summary>Named people already have their rows (written with the breach); page through those not yet mailed.</summary>
    private async Task<BreachRecipientsBatch> NamedAsync(PickBreachRecipientsCommand command, CancellationToken cancellationToken)
    {
        var rows = data.BreachNotifications.AsNoTracking().Where(n => n.BreachId == command.BreachId);
        if (command.After is { } after)
        {
            rows = rows.Where(n => n.UserId.CompareTo(after) > 0);
        }

        var page = await rows.OrderBy(n => n.UserId).Take(command.Take)
            .Select(n => new { n.UserId, n.MailedAt })
            .ToListAsync(cancellationToken);
        var unmailed = page.Where(n => n.MailedAt is null).Select(n => n.UserId).ToList();
        var contacts = unmailed.Count == 0 ? [] : await mediator.Send(new ListAccountContactsByIdQuery(unmailed), cancellationToken);
        return new BreachRecipientsBatch(contacts, page.Count < command.Take ? null : page[^1].UserId);
    }

    private async Task<BreachRecipientsBatch> EveryoneCreatedNoLaterThanAsync(Breach breach, PickBreachRecipientsCommand command, CancellationToken cancellationToken)
    {
        var recipients = await mediator.Send(new ListAccountContactsQuery(command.After, command.Take, breach.AffectsAccountsCreatedBy), cancellationToken);
        if (recipients.Count == 0)
        {
            return new BreachRecipientsBatch([], null);
        }

        var ids = recipients.Select(r => r.UserId).ToList();
        var known = await data.BreachNotifications.AsNoTracking()
            .Where(n => n.BreachId == breach.Id && ids.Contains(n.UserId))
            .Select(n => new { n.UserId, n.MailedAt })
            .ToDictionaryAsync(n => n.UserId, n => n.MailedAt, cancellationToken);
        var now = clock.GetUtcNow();
        data.BreachNotifications.AddRange(ids.Where(id => !known.ContainsKey(id)).Select(id => BreachNotification.Affects(breach.Id, id, now)));
        var toMail = recipients.Where(r => !known.TryGetValue(r.UserId, out var mailedAt) || mailedAt is null).ToList();
        return new BreachRecipientsBatch(toMail, recipients.Count < command.Take ? null : recipients[^1].UserId);
    }
}
