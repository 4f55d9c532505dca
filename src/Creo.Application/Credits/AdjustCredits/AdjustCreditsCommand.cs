
namespace Creo.Application.Credits.AdjustCredits;

/// <summary>
/// A correction by staff: adds (or, negative, takes back) credits with a reason the person reads in their ledger.
/// <paramref name="SourceKey"/> makes a retried request count once. A take-back below zero is refused (409). Returns
/// the new balance.
/// </summary>
public sealed record AdjustCreditsCommand(Guid UserId, long Amount, string Reason, string SourceKey) : ICommand<long>;
