namespace Creo.Web.Credits;

/// <summary>Ledger lines as people read them: the kind in words, the amount with its sign written out.</summary>
public static class CreditEntryNames
{
    public static string Describe(string kind) => kind switch
    {
        "starter-grant" => "Welcome credits",
        "purchase" => "Credits bought",
        "subscription-grant" => "Subscription credits",
        "hold" => "Held for a generation",
        "capture" => "Charged for a generation",
        "release" => "Returned",
        "adjustment" => "Adjustment by support",
        "expiry" => "Expired",
        _ => "Other change",
    };

    /// <summary>
    /// "+50", "−2" (a real minus sign) or "0". A capture moves nothing, because its hold already took the
    /// credits; showing it as 0 keeps every line of the ledger honest about the balance.
    /// </summary>
    public static string SignedAmount(long amount) => amount switch
    {
        > 0 => "+" + amount.ToString("N0", CultureInfo.InvariantCulture),
        < 0 => "\u2212" + Math.Abs(amount).ToString("N0", CultureInfo.InvariantCulture),
        _ => "0",
    };

    public static string AmountClass(long amount) => amount switch
    {
        > 0 => "amount amount-in",
        < 0 => "amount amount-out",
        _ => "amount amount-none",
    };

    public static string Credits(long count) => count == 1 ? "1 credit" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} credits";
}
