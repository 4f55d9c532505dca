
namespace Creo.Application.Credits.EraseCredits;

/// <summary>The credits part of erasing an account: the account and its whole ledger go. Returns how many entries.</summary>
public sealed record EraseCreditsCommand(Guid UserId) : ICommand<int>;
