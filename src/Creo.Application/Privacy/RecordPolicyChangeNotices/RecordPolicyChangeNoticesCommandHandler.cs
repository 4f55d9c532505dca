namespace Creo.Application.Privacy.RecordPolicyChangeNotices;

internal sealed class RecordPolicyChangeNoticesCommandHandler(IPrivacyData data, TimeProvider clock)
    : ICommandHandler<RecordPolicyChangeNoticesCommand, int>
{
    public async ValueTask<int> Handle(RecordPolicyChangeNoticesCommand command, CancellationToken cancellationToken)
    {
        var policy = await data.PolicyVersions.AsNoTracking().FirstOrNotFoundAsync(p => p.Id == command.PolicyVersionId, "Policy version", cancellationToken);
        var ids = command.UserIds.Distinct().ToList();
        var known = (await data.PolicyChangeNotices.AsNoTracking()
            .Where(n => n.PolicyVersion == policy.Version && ids.Contains(n.UserId))
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        var added = ids.Where(id => !known.Contains(id)).Select(id => PolicyChangeNotice.Sent(policy.Version, id, now)).ToList();
        data.PolicyChangeNotices.AddRange(added);
        return added.Count;
    }
}
