namespace Creo.Domain.Common.PersonalData;

/// <summary>The legal bases of section 08 of the privacy policy.</summary>
public enum LegalBasis
{
    Contract,
    LegitimateInterest,
    Consent,
}
