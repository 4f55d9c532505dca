namespace Creo.Application.Credits.ExpireSubscriptionCredits;

internal sealed class ExpireSubscriptionCreditsCommandHandler(SubscriptionCreditExpiry expiry) : ICommandHandler<ExpireSubscriptionCreditsCommand, int>
{
    public async ValueTask<int> Handle(ExpireSubscriptionCreditsCommand command, CancellationToken cancellationToken) =>
        await expiry.ExpireLapsedAsync(command.UserId, cancellationToken);
}
