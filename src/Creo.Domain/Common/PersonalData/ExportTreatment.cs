namespace Creo.Domain.Common.PersonalData;

/// <summary>How the access/portability export (policy section 07) treats a stored value.</summary>
public enum ExportTreatment
{
    /// <summary>Written into the person's export archive.</summary>
    Included,

    /// <summary>Left out because it is a secret or a derived value that would help nobody (token hashes, keys).</summary>
    ExcludedSecret,

    /// <summary>Left out because it is not about the person.</summary>
    NotPersonal,
}
