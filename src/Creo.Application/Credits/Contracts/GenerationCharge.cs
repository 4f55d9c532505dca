namespace Creo.Application.Credits.Contracts;

/// <summary>
/// What a generation's credits came to, read from its hold and its settlement. The capture entry moves nothing
/// (the hold already took the credits), so a generation is only readable as hold and settlement together: the
/// credits history and the generation's receipt both name it through here, and so always agree.
/// </summary>
public static class GenerationCharge
{
    public const string Charged = "charged";

    public const string Returned = "returned";

    public const string InProgress = "in-progress";

    /// <summary>The state of a hold that was captured, released, or (neither) is still open.</summary>
    public static string StateOf(bool captured, bool released) => captured ? Charged : released ? Returned : InProgress;

    /// <summary>The final change of balance: the negative hold plus what its settlement gave back.</summary>
    public static long AmountOf(long holdAmount, long settlementAmount) => holdAmount + settlementAmount;
}
