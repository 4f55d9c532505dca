namespace Creo.Domain.Common.PersonalData;

/// <summary>The categories of section 02 of the privacy policy, plus one for rows that describe no person.</summary>
public enum DataCategory
{
    Account,
    Usage,
    Payment,
    Technical,

    /// <summary>
    /// What the people who run Crëo did in that role (which staff member recorded a breach): about staff at work, not
    /// about the users the policy speaks to, and kept with the record it belongs to.
    /// </summary>
    Staff,

    /// <summary>Holds nothing about a person (policy texts, signing keys); listed so the inventory is complete.</summary>
    NotPersonal,
}
