namespace Creo.Domain.Common.PersonalData;

/// <summary>What erasure (policy section 07, "Delete") does to a stored value.</summary>
public enum ErasureTreatment
{
    /// <summary>Deleted with the account.</summary>
    Deleted,

    /// <summary>Kept for a legal reason but detached from the person (invoices for tax law).</summary>
    Anonymised,

    /// <summary>Not about the person, so erasure leaves it alone.</summary>
    NotPersonal,
}
