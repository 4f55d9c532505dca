using System.Text.Json;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// The archive's tables by module and name, read again from their modules' streams whenever a part of the archive
/// needs them (one row in memory at a time, in the order asked for), and the stored files that could not be copied.
/// Holds counts, never rows: what it keeps does not grow with the history.
/// </summary>
internal sealed class ExportTables(IMediator mediator, CancellationToken cancellationToken)
{
    private readonly List<ArchivedTable> tables = [];
    private readonly HashSet<string> missingKeys = new(StringComparer.Ordinal);
    private readonly List<PersonalDataFile> missing = [];

    public IReadOnlyList<ArchivedTable> All => tables;

    /// <summary>Files the rows name that were gone from storage when the archive was made (normally none).</summary>
    public IReadOnlyList<PersonalDataFile> Missing => missing;

    public int CopiedFiles { get; private set; }

    public void Add(ArchivedTable table) => tables.Add(table);

    public void Copied() => CopiedFiles++;

    public void NotCopied(PersonalDataFile file)
    {
        if (missingKeys.Add(file.StorageKey))
        {
            missing.Add(file);
        }
    }

    public int Count(string module, string name) => Find(module, name)?.Count ?? 0;

    /// <summary>The rows of <c>{module}/{name}.json</c>, oldest first or newest first; none when the archive has no such table.</summary>
    public async IAsyncEnumerable<ExportRow> Rows(string module, string name, bool newestFirst = false)
    {
        if (Find(module, name) is not { } table)
        {
            yield break;
        }

        await foreach (var row in Read(table.Source, newestFirst))
        {
            yield return row;
        }
    }

    public async Task<ExportRow?> FirstAsync(string module, string name)
    {
        await foreach (var row in Rows(module, name))
        {
            return row;
        }

        return null;
    }

    /// <summary>Every file the rows name, in the archive's order (the copy pass), or only those copied (the page's list).</summary>
    public async IAsyncEnumerable<PersonalDataFile> Files(bool copiedOnly)
    {
        foreach (var table in tables.Where(t => t.Source.HasFiles))
        {
            await foreach (var row in mediator.CreateStream(table.Source.Rows, cancellationToken))
            {
                foreach (var file in row.Files.Where(f => !copiedOnly || !missingKeys.Contains(f.StorageKey)))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Where a stored object named by this row was copied to in the archive, when it was copied.</summary>
    public string? PathOf(ExportRow row, string? storageKey) =>
        storageKey is null || missingKeys.Contains(storageKey) ? null : row.Files.FirstOrDefault(f => f.StorageKey == storageKey)?.ArchivePath;

    private async IAsyncEnumerable<ExportRow> Read(PersonalDataTable table, bool newestFirst)
    {
        await foreach (var row in mediator.CreateStream(table.Rows with { NewestFirst = newestFirst }, cancellationToken))
        {
            yield return new ExportRow(JsonSerializer.SerializeToElement(row.Values, row.Values.GetType(), DataExportArchive.Json), row.Files);
        }
    }

    private ArchivedTable? Find(string module, string name) => tables.FirstOrDefault(t => t.Module == module && t.Name == name);
}
