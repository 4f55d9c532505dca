using System.Text.Json;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>One table as written into the archive: where its JSON file is, and its rows as written.</summary>
internal sealed record ArchivedTable(string Module, string Name, string Path, IReadOnlyList<JsonElement> Rows);
