
namespace Creo.Application.Credits.GrantStarterCredits;

/// <summary>Opens the person's credit account with the starter grant; sending it again grants nothing more.</summary>
public sealed record GrantStarterCreditsCommand(Guid UserId) : ICommand;
