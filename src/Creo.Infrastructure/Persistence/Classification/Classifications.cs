using Creo.Domain.Common.PersonalData;

namespace Creo.Infrastructure.Persistence.Classification;

/// <summary>The classifications that recur across tables, named for what they describe.</summary>
public static class Classifications
{
    /// <summary>Surrogate keys and row versions: they identify a row, say nothing by themselves, and follow their row.</summary>
    public static readonly DataClassification RowKeyOfPersonalRow = new(
        DataCategory.Technical, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Who the person is (policy section 02, "account data"): kept while the account is active.</summary>
    public static readonly DataClassification AccountData = new(
        DataCategory.Account, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>
    /// A pending report that the account is a minor's (policy section 10): when support filed it and who, until an admin
    /// confirms it and the account is erased with it. Part of the person's export.
    /// </summary>
    public static readonly DataClassification MinorRemovalReport = new(
        DataCategory.Account, ProcessingPurpose.LegalCompliance, LegalBasis.LegitimateInterest, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>The under-16 attestation and policy acceptances: proof we asked, kept while the account is active.</summary>
    public static readonly DataClassification ConsentRecord = new(
        DataCategory.Account, ProcessingPurpose.LegalCompliance, LegalBasis.LegitimateInterest, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Sessions and sign-in links (IP, browser, fingerprint): for auth and fraud prevention, gone when they expire.</summary>
    public static readonly DataClassification SessionData = new(
        DataCategory.Technical, ProcessingPurpose.SecurityAndFraudPrevention, LegalBasis.LegitimateInterest, RetentionRule.UntilExpiry,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Hashes of bearer tokens: useless to the person and to a thief alike, so never exported.</summary>
    public static readonly DataClassification TokenHash = new(
        DataCategory.Technical, ProcessingPurpose.SecurityAndFraudPrevention, LegalBasis.LegitimateInterest, RetentionRule.UntilExpiry,
        ExportTreatment.ExcludedSecret, ErasureTreatment.Deleted);

    /// <summary>Devices an account has used, to notice a new one: kept while the account is active.</summary>
    public static readonly DataClassification DeviceData = new(
        DataCategory.Technical, ProcessingPurpose.SecurityAndFraudPrevention, LegalBasis.LegitimateInterest, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>The security log a person reads: a log, so kept up to 30 days (policy section 06).</summary>
    public static readonly DataClassification SecurityLog = new(
        DataCategory.Technical, ProcessingPurpose.SecurityAndFraudPrevention, LegalBasis.LegitimateInterest, RetentionRule.LogsThirtyDays,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Request logs (IP, browser, path, status): kept up to 30 days for debugging and security.</summary>
    public static readonly DataClassification RequestLog = new(
        DataCategory.Technical, ProcessingPurpose.SecurityAndFraudPrevention, LegalBasis.LegitimateInterest, RetentionRule.LogsThirtyDays,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Credit balance and ledger (policy section 02, "usage data"): kept while the account is active.</summary>
    public static readonly DataClassification CreditLedger = new(
        DataCategory.Usage, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Prompts, parameters and generation metadata (section 02, "usage data"): gone when the person deletes the generation.</summary>
    public static readonly DataClassification GenerationData = new(
        DataCategory.Usage, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.UntilGenerationDeleted,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Provider ids, claims and retry counters of a run: how we ran it, about the person only through the row.</summary>
    public static readonly DataClassification GenerationRunState = new(
        DataCategory.Technical, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.UntilGenerationDeleted,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>A hash of a request, kept to refuse a reused idempotency key: meaningless to anyone, so not exported.</summary>
    public static readonly DataClassification RequestHash = new(
        DataCategory.Technical, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.UntilGenerationDeleted,
        ExportTreatment.ExcludedSecret, ErasureTreatment.Deleted);

    /// <summary>Uploaded source images (section 04): kept while the account is active, sent only with the generation that names them.</summary>
    public static readonly DataClassification UploadData = new(
        DataCategory.Usage, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Payment data (section 02): the provider's customer id, subscription status, purchases — kept while the account is active.</summary>
    public static readonly DataClassification PaymentRecord = new(
        DataCategory.Payment, ProcessingPurpose.ProcessingPayments, LegalBasis.Contract, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>
    /// That a payment of the person's is disputed (a chargeback) and since when: it pauses their generations and
    /// purchases until support has reviewed it (fraud prevention), shown to them, part of their export, gone with the account.
    /// </summary>
    public static readonly DataClassification DisputeHold = new(
        DataCategory.Payment, ProcessingPurpose.SecurityAndFraudPrevention, LegalBasis.LegitimateInterest, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Invoices (section 06): kept six years for tax law, detached from the person when the account is deleted.</summary>
    public static readonly DataClassification TaxRecord = new(
        DataCategory.Payment, ProcessingPurpose.LegalCompliance, LegalBasis.Contract, RetentionRule.TaxRecordsSixYears,
        ExportTreatment.Included, ErasureTreatment.Anonymised);

    /// <summary>The webhook inbox: raw provider events (they name the customer), purged once applied and old.</summary>
    public static readonly DataClassification PaymentEventLog = new(
        DataCategory.Payment, ProcessingPurpose.ProcessingPayments, LegalBasis.Contract, RetentionRule.LogsThirtyDays,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>
    /// Daily tallies built only from people who allowed analytics (policy sections 03 and 08): counts per day, page,
    /// model and tier, with no account, address or browser in them, so they describe the product, not a person.
    /// </summary>
    public static readonly DataClassification AnonymousUsageAggregate = new(
        DataCategory.NotPersonal, ProcessingPurpose.ImprovingTheProduct, LegalBasis.Consent, RetentionRule.NotPersonal,
        ExportTreatment.NotPersonal, ErasureTreatment.NotPersonal);

    /// <summary>
    /// The data exports a person asked for (policy section 07, access and port): the archive leaves storage when its
    /// download period ends, and the record follows after a grace.
    /// </summary>
    public static readonly DataClassification DataExportRecord = new(
        DataCategory.Account, ProcessingPurpose.LegalCompliance, LegalBasis.LegitimateInterest, RetentionRule.UntilExpiry,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>The published policy texts: a public record of what we promised and when.</summary>
    public static readonly DataClassification PublishedPolicy = DataClassification.NotPersonal(ProcessingPurpose.LegalCompliance);

    /// <summary>ASP.NET Data Protection keys that sign cookies and media URLs: secrets of the service, not of a person.</summary>
    public static readonly DataClassification SigningKey = DataClassification.NotPersonal(ProcessingPurpose.SecurityAndFraudPrevention);

    /// <summary>
    /// A breach record (GDPR art. 33(5): every breach is documented): what happened, when, and what the affected
    /// were told. It names no user; who was told lives in the notification rows.
    /// </summary>
    public static readonly DataClassification BreachRecord = DataClassification.NotPersonal(ProcessingPurpose.LegalCompliance);

    /// <summary>
    /// Which staff member did something on the record (recorded a breach): staff data, kept as long as the record it
    /// documents, and neither in a user's export nor taken by a user's erasure.
    /// </summary>
    public static readonly DataClassification StaffActor = new(
        DataCategory.Staff, ProcessingPurpose.LegalCompliance, LegalBasis.LegitimateInterest, RetentionRule.NotPersonal,
        ExportTreatment.NotPersonal, ErasureTreatment.NotPersonal);

    /// <summary>
    /// That a person was told of a breach, when, and whether they dismissed the dashboard notice: proof we told them
    /// (policy section 05), part of their export, gone with their account.
    /// </summary>
    public static readonly DataClassification BreachNotice = new(
        DataCategory.Account, ProcessingPurpose.LegalCompliance, LegalBasis.LegitimateInterest, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>Erasure receipts: dates and counts that show an erasure happened, linked to no one.</summary>
    public static readonly DataClassification ErasureProof = DataClassification.NotPersonal(ProcessingPurpose.LegalCompliance);

    /// <summary>
    /// The staff audit log: who on staff did what to whose account, and why. Kept for accountability (legitimate
    /// interest) as long as the account is; erasing the person detaches the entries from them.
    /// </summary>
    public static readonly DataClassification StaffAudit = new(
        DataCategory.Technical, ProcessingPurpose.CustomerSupport, LegalBasis.LegitimateInterest, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Anonymised);
}
