using System.Text.Json;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>The archive's tables by module and name, and its copied files by the storage key their rows name.</summary>
internal sealed class ExportTables(IReadOnlyList<ArchivedTable> tables, IReadOnlyList<PersonalDataFile> media)
{
    private readonly Dictionary<string, string> pathByKey = media.ToDictionary(m => m.StorageKey, m => m.ArchivePath, StringComparer.Ordinal);

    public IReadOnlyList<ArchivedTable> All => tables;

    public IReadOnlyList<PersonalDataFile> Media => media;

    /// <summary>The rows of <c>{module}/{name}.json</c>; none when the archive has no such table.</summary>
    public IReadOnlyList<JsonElement> Rows(string module, string name) =>
        tables.FirstOrDefault(t => t.Module == module && t.Name == name)?.Rows ?? [];

    /// <summary>Where a stored object's copy is in the archive, when it was copied.</summary>
    public string? PathOf(string? storageKey) => storageKey is not null && pathByKey.TryGetValue(storageKey, out var path) ? path : null;

    public IReadOnlyDictionary<string, string> PathsByKey => pathByKey;
}
