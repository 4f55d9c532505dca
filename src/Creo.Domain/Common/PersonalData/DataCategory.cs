namespace Creo.Domain.Common.PersonalData;

/// <summary>The categories of section 02 of the privacy policy, plus one for rows that describe no person.</summary>
public enum DataCategory
{
    Account,
    Usage,
    Payment,
    Technical,

    /// <summary>Holds nothing about a person (policy texts, signing keys); listed so the inventory is complete.</summary>
    NotPersonal,
}
