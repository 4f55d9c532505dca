namespace Creo.Application.Common.PersonalData;

/// <summary>
/// One row: an object whose properties carry the entity's own property names and every value its classification
/// includes in the export — and nothing it marks secret (token and request hashes) — and the stored files it names.
/// </summary>
public sealed record PersonalDataRow(object Values, IReadOnlyList<PersonalDataFile> Files)
{
    public static PersonalDataRow Of(object values) => new(values, []);
}
