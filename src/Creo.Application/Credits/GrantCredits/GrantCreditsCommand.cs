using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GrantCredits;

/// <summary>
/// Credits paid for. <paramref name="SourceKey"/> names the payment (<c>invoice:…</c>, <c>checkout:…</c>) and is
/// unique in the ledger: the same payment never grants twice. Returns false when it had already granted.
/// </summary>
public sealed record GrantCreditsCommand(Guid UserId, CreditGrantKind Kind, long Amount, string SourceKey, string Reason, DateTimeOffset? ExpiresAt)
    : ICommand<bool>;
