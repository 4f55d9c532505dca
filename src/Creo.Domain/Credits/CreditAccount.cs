namespace Creo.Domain.Credits;

/// <summary>
/// A person's credit account. Its balance is never written by code: a database trigger adds each new ledger
/// entry to it, and a check constraint refuses any entry that would take it below zero. Two concurrent holds
/// therefore cannot both spend the last credits, whatever the application reads beforehand.
/// </summary>
public sealed class CreditAccount
{
    private CreditAccount()
    {
    }

    public Guid UserId { get; private set; }

    public long Balance { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static CreditAccount Open(Guid userId, DateTimeOffset now) => new() { UserId = userId, CreatedAt = now };
}
