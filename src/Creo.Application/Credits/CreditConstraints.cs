namespace Creo.Application.Credits;

/// <summary>The names of the database constraints that keep the ledger honest (Infrastructure creates them by these names).</summary>
public static class CreditConstraints
{
    /// <summary>Check constraint on the account: the balance the trigger maintains may never drop below zero.</summary>
    public const string NonNegativeBalance = "ck_credit_accounts_balance_non_negative";

    /// <summary>Unique index on the entries' source key: no source credits or debits twice.</summary>
    public const string UniqueSourceKey = "ux_credit_entries_source_key";
}
