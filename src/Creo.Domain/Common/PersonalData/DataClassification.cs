namespace Creo.Domain.Common.PersonalData;

/// <summary>
/// What a stored value is, why we keep it, on what basis, for how long, and how export and erasure treat it.
/// Every persisted property carries one (architecture rule 12); the data inventory is generated from them.
/// </summary>
public sealed record DataClassification(
    DataCategory Category,
    ProcessingPurpose Purpose,
    LegalBasis Basis,
    RetentionRule Retention,
    ExportTreatment Export,
    ErasureTreatment Erasure)
{
    /// <summary>Rows that describe the service itself (policy texts, signing keys): no person is in them.</summary>
    public static DataClassification NotPersonal(ProcessingPurpose purpose) => new(
        DataCategory.NotPersonal, purpose, LegalBasis.LegitimateInterest, RetentionRule.NotPersonal,
        ExportTreatment.NotPersonal, ErasureTreatment.NotPersonal);
}
