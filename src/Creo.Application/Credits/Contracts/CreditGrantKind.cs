namespace Creo.Application.Credits.Contracts;

public enum CreditGrantKind
{
    /// <summary>A credit pack: kept until spent.</summary>
    Purchase,

    /// <summary>A subscription period's credits: spent first, and what is left lapses when the period ends.</summary>
    Subscription,
}
