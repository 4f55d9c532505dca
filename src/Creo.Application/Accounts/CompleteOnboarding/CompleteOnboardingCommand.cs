namespace Creo.Application.Accounts.CompleteOnboarding;

/// <summary>The person confirms being 16 or older and accepts the policy version in force.</summary>
public sealed record CompleteOnboardingCommand(Guid UserId, bool ConfirmsAge16OrOlder, int AcceptsPolicyVersion) : ICommand;
