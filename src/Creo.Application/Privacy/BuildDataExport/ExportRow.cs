using System.Text.Json;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>One row read back for <c>index.html</c>: its values as the JSON files hold them, and the stored files it names.</summary>
internal readonly record struct ExportRow(JsonElement Values, IReadOnlyList<PersonalDataFile> Files);
