namespace Creo.Application.Credits.ExpireSubscriptionCredits;

/// <summary>Lapses what is left of the person's subscription credits whose period has ended. Returns how many grants lapsed.</summary>
public sealed record ExpireSubscriptionCreditsCommand(Guid UserId) : ICommand<int>;
