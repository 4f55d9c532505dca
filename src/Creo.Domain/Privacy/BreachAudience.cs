namespace Creo.Domain.Privacy;

/// <summary>How the people affected by a breach were picked.</summary>
public enum BreachAudience
{
    /// <summary>Staff named the accounts; each has a notification row from the moment the breach is recorded.</summary>
    Explicit,

    /// <summary>Every active account that existed when the breach was recorded (a later one cannot have been affected).</summary>
    AllActive,

    /// <summary>
    /// By the data categories and time window involved: every active account created by the end of the window. Any
    /// account that existed during the window may have held data of any category (an account holds account data from
    /// its first minute, and usage, payment or technical data from its first use), so the rule errs on telling more.
    /// </summary>
    ByCategoriesAndWindow,
}
