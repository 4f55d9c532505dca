
namespace Creo.Application.Credits.ReverseCredits;

/// <summary>
/// Takes back up to <paramref name="Amount"/> credits a refunded or disputed payment bought — as far as they are
/// unspent (never below zero). Once per <paramref name="SourceKey"/>. Returns how many were taken back.
/// </summary>
public sealed record ReverseCreditsCommand(Guid UserId, long Amount, string SourceKey, string Reason) : ICommand<long>;
