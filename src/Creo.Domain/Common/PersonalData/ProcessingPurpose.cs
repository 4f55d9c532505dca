namespace Creo.Domain.Common.PersonalData;

/// <summary>The purposes table of section 03 of the privacy policy.</summary>
public enum ProcessingPurpose
{
    RunningTheStudio,
    ProcessingPayments,
    ImprovingTheProduct,
    SecurityAndFraudPrevention,
    CustomerSupport,
    LegalCompliance,
}
