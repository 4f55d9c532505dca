namespace Creo.Application.Common.PersonalData;

/// <summary>
/// One table of the person's data, by its name (<c>generation_outputs</c>): the module's streaming query that yields
/// its rows, and whether those rows name stored files (so the archive reads it again to copy them).
/// </summary>
public sealed record PersonalDataTable(string Name, PersonalDataRowsQuery Rows, bool HasFiles = false);
