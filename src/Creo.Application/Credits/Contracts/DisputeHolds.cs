namespace Creo.Application.Credits.Contracts;

/// <summary>
/// While a payment of the person's is disputed (a chargeback), their credits are on hold: no generation spends them
/// and no checkout buys more, until support has reviewed the dispute. Everyone who refuses says the same thing.
/// </summary>
public static class DisputeHolds
{
    public const string ProblemCode = "payment-disputed";

    public static ForbiddenException Refusal() => new(
        ProblemCode,
        "A payment on your account is disputed (a chargeback was opened with the card's bank), so new generations and purchases "
        + "are paused until our support team has reviewed the dispute. Your gallery and your data stay yours; write to support to resolve it.");
}
