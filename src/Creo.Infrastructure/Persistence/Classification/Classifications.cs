using Creo.Domain.Common.PersonalData;

namespace Creo.Infrastructure.Persistence.Classification;

/// <summary>The classifications that recur across tables, named for what they describe.</summary>
public static class Classifications
{
    /// <summary>Surrogate keys and row versions: they identify a row, say nothing by themselves, and follow their row.</summary>
    public static readonly DataClassification RowKeyOfPersonalRow = new(
        DataCategory.Technical, ProcessingPurpose.RunningTheStudio, LegalBasis.Contract, RetentionRule.WhileAccountActive,
        ExportTreatment.Included, ErasureTreatment.Deleted);

    /// <summary>The published policy texts: a public record of what we promised and when.</summary>
    public static readonly DataClassification PublishedPolicy = DataClassification.NotPersonal(ProcessingPurpose.LegalCompliance);

    /// <summary>ASP.NET Data Protection keys that sign cookies and media URLs: secrets of the service, not of a person.</summary>
    public static readonly DataClassification SigningKey = DataClassification.NotPersonal(ProcessingPurpose.SecurityAndFraudPrevention);
}
