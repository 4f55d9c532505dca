using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Accounts.CompleteOnboarding;

internal sealed class CompleteOnboardingCommandHandler(IAccountsData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<CompleteOnboardingCommand>
{
    public async ValueTask<Unit> Handle(CompleteOnboardingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await data.LoadAccountAsync(command.UserId, cancellationToken);

        // Accepting is only meaningful for the text the person can read now.
        var current = await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken);
        if (command.AcceptsPolicyVersion != current.Version)
        {
            throw new DomainException("policy-version-outdated", $"The policy in force is version {current.Version}; read it and accept that one.");
        }

        user.ConfirmAge(command.ConfirmsAge16OrOlder, current.Version, now);
        if (!await data.PolicyAcceptances.AnyAsync(a => a.UserId == user.Id && a.PolicyVersion == current.Version, cancellationToken))
        {
            data.PolicyAcceptances.Add(PolicyAcceptance.Record(user.Id, current.Version, now));
        }

        return Unit.Value;
    }
}
