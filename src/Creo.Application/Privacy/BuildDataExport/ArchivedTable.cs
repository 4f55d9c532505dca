namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>One table as written into the archive: where its JSON file is, how many rows it holds, and how to read them again.</summary>
internal sealed record ArchivedTable(string Module, string Name, string Path, int Count, PersonalDataTable Source);
