using Creo.Application.Credits.Contracts;

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

    /// <summary>A history row's name: a generation's hold stands for the whole generation there.</summary>
    public static string DescribeRow(string kind) => kind == "hold" ? "Generation" : Describe(kind);

    /// <summary>A step of a generation's receipt: the capture keeps what the hold took, so it is named as doing that.</summary>
    public static string DescribeReceiptStep(string kind) => kind switch
    {
        "hold" => "Held when you asked",
        "capture" => "Charged: the held credits were kept",
        "release" => "Returned to your balance",
        _ => Describe(kind),
    };

    /// <summary>What became of a generation's credits, as its history row and its receipt name it.</summary>
    public static string State(string state) => state switch
    {
        GenerationCharge.Charged => "Charged",
        GenerationCharge.Returned => "Returned",
        _ => "In progress",
    };

    /// <summary>The studio's status badges: a symbol and a word, never colour alone.</summary>
    public static string StateClass(string state) => state switch
    {
        GenerationCharge.Charged => "status status-succeeded",
        GenerationCharge.Returned => "status status-canceled",
        _ => "status status-running",
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
