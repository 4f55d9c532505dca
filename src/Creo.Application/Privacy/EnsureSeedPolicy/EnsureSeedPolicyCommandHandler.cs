namespace Creo.Application.Privacy.EnsureSeedPolicy;

internal sealed class EnsureSeedPolicyCommandHandler(IPrivacyData data, TimeProvider clock)
    : ICommandHandler<EnsureSeedPolicyCommand, bool>
{
    public async ValueTask<bool> Handle(EnsureSeedPolicyCommand command, CancellationToken cancellationToken)
    {
        if (await data.PolicyVersions.AnyAsync(cancellationToken))
        {
            return false;
        }

        data.PolicyVersions.Add(PolicyVersion.Publish(1, command.EffectiveAt, material: false, command.Text, clock.GetUtcNow()));
        return true;
    }
}
