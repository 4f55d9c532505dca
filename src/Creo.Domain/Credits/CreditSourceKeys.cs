namespace Creo.Domain.Credits;

/// <summary>The source keys of the ledger: each names the one thing allowed to cause an entry.</summary>
public static class CreditSourceKeys
{
    public const string HoldPrefix = "hold:";

    public const string SettlementPrefix = "settle:";

    public const string ExpiryPrefix = "expiry:";

    public static string StarterGrantOf(Guid userId) => $"starter:{userId:N}";

    public static string HoldOf(string holdKey) => HoldPrefix + holdKey;

    /// <summary>Capture and release of one hold share this key: the unique index lets only one of them exist.</summary>
    public static string SettlementOf(string holdKey) => SettlementPrefix + holdKey;

    /// <summary>The lapse of what is left of a subscription grant: once per grant.</summary>
    public static string ExpiryOf(string grantSourceKey) => ExpiryPrefix + grantSourceKey;

    /// <summary>The hold key of a generation's credits.</summary>
    public static string GenerationHold(Guid generationId) => $"generation:{generationId:N}";
}
