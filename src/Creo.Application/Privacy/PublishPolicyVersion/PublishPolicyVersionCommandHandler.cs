using Creo.Application.Privacy.AnnouncePolicyChange;
using Creo.Application.Privacy.Contracts;
using Mapster;

namespace Creo.Application.Privacy.PublishPolicyVersion;

internal sealed class PublishPolicyVersionCommandHandler(IPrivacyData data, IUnitOfWork unitOfWork, IJobScheduler jobs, TypeAdapterConfig mapping, TimeProvider clock)
    : ICommandHandler<PublishPolicyVersionCommand, PolicyVersionDto>
{
    public async ValueTask<PolicyVersionDto> Handle(PublishPolicyVersionCommand command, CancellationToken cancellationToken)
    {
        // Versions only move forward, so "the newest version in force" is always well defined. The unique index
        // on the version number backs this check against a concurrent publish.
        var latest = await data.PolicyVersions.MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        if (command.Version <= latest)
        {
            throw new DomainException("policy-version-exists", $"Version {command.Version} is not newer than the latest published version {latest}.");
        }

        var version = PolicyVersion.Publish(command.Version, command.EffectiveAt, command.Material, command.Text, clock.GetUtcNow());
        data.PolicyVersions.Add(version);
        if (version.Material)
        {
            // Policy section 12: material changes are announced by email too (the dashboard banner needs no job).
            unitOfWork.AfterCommit(() => jobs.Enqueue(new AnnouncePolicyChangeJob(version.Id)));
        }
        return version.Adapt<PolicyVersionDto>(mapping);
    }
}
