namespace Creo.Domain.Common.PersonalData;

/// <summary>The retention list of section 06 of the privacy policy, plus the rules for short-lived and non-personal rows.</summary>
public enum RetentionRule
{
    /// <summary>Kept while the account is active; deleted within 30 days of a delete request.</summary>
    WhileAccountActive,

    /// <summary>Kept while the account is active; removed from primary storage when the person deletes the generation.</summary>
    UntilGenerationDeleted,

    /// <summary>Kept as long as tax law requires: six years, also after the account is deleted (anonymised).</summary>
    TaxRecordsSixYears,

    /// <summary>Logs: kept up to 30 days for debugging and security.</summary>
    LogsThirtyDays,

    /// <summary>Removed once it expires (sessions, sign-in tokens, export links).</summary>
    UntilExpiry,

    /// <summary>Not personal data; kept as a record of what the service published or needs to run.</summary>
    NotPersonal,
}
