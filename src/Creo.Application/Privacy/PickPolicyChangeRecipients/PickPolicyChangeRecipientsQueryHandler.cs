using Creo.Application.Accounts.ListAccountContacts;

namespace Creo.Application.Privacy.PickPolicyChangeRecipients;

internal sealed class PickPolicyChangeRecipientsQueryHandler(IPrivacyData data, IMediator mediator) : IQueryHandler<PickPolicyChangeRecipientsQuery, PolicyChangeRecipients>
{
    public async ValueTask<PolicyChangeRecipients> Handle(PickPolicyChangeRecipientsQuery query, CancellationToken cancellationToken)
    {
        var policy = await data.PolicyVersions.AsNoTracking().FirstOrNotFoundAsync(p => p.Id == query.PolicyVersionId, "Policy version", cancellationToken);
        var recipients = await mediator.Send(new ListAccountContactsQuery(query.After, query.Take), cancellationToken);
        if (recipients.Count == 0)
        {
            return new PolicyChangeRecipients([], null);
        }

        var ids = recipients.Select(r => r.UserId).ToList();
        var alreadyTold = (await data.PolicyChangeNotices.AsNoTracking()
            .Where(n => n.PolicyVersion == policy.Version && ids.Contains(n.UserId))
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken)).ToHashSet();
        return new PolicyChangeRecipients(
            [.. recipients.Where(r => !alreadyTold.Contains(r.UserId))], recipients.Count < query.Take ? null : recipients[^1].UserId);
    }
}
