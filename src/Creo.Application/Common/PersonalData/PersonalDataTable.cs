namespace Creo.Application.Common.PersonalData;

/// <summary>
/// The person's rows of one table, by the table's name (<c>generation_outputs</c>). Each row is an object whose
/// properties carry the entity's own property names and every value its classification includes in the export —
/// and nothing it marks secret (token and request hashes).
/// </summary>
public sealed record PersonalDataTable(string Name, IReadOnlyList<object> Rows)
{
    public static PersonalDataTable Of<TRow>(string name, IEnumerable<TRow> rows)
        where TRow : notnull =>
        new(name, [.. rows.Cast<object>()]);
}
