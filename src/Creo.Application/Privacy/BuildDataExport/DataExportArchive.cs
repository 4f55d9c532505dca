using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// The archive's layout: <c>{module}/{table}.json</c> (an array of the person's rows, keys the camelCase names of
/// the stored properties), <c>media/…</c> (their outputs and uploads, byte for byte as stored), <c>index.html</c>
/// (the same, for people) and <c>README.txt</c> (the format, explained).
/// </summary>
internal static class DataExportArchive
{
    /// <summary>camelCase keys, enums by name, times in ISO 8601; readable characters left as they are (no HTML lives in these files).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task WriteAsync(Stream destination, IReadOnlyList<PersonalDataPart> parts, IObjectStorage storage, DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var tables = new List<ArchivedTable>();
        foreach (var part in parts)
        {
            foreach (var table in part.Tables)
            {
                var rows = table.Rows.Select(row => JsonSerializer.SerializeToElement(row, row.GetType(), Json)).ToList();
                var path = $"{part.Module}/{table.Name}.json";
                await WriteEntryAsync(zip, path, exportedAt, CompressionLevel.Optimal, stream => JsonSerializer.SerializeAsync(stream, rows, Json, cancellationToken), cancellationToken);
                tables.Add(new ArchivedTable(part.Module, table.Name, path, rows));
            }
        }

        var copied = new List<PersonalDataFile>();
        var missing = new List<PersonalDataFile>();
        foreach (var file in parts.SelectMany(p => p.Files))
        {
            await using var stored = await storage.OpenReadAsync(file.StorageKey, cancellationToken);
            if (stored is null)
            {
                missing.Add(file);
                continue;
            }

            // Images and videos are compressed already; storing them as they are keeps them byte-identical and the build fast.
            await WriteEntryAsync(zip, file.ArchivePath, exportedAt, CompressionLevel.NoCompression, stream => stored.Content.CopyToAsync(stream, cancellationToken), cancellationToken);
            copied.Add(file);
        }

        await WriteEntryAsync(zip, "index.html", exportedAt, CompressionLevel.Optimal, stream => DataExportIndexPage.WriteAsync(stream, tables, copied, exportedAt), cancellationToken);
        await WriteEntryAsync(zip, "README.txt", exportedAt, CompressionLevel.Optimal, stream => DataExportReadme.WriteAsync(stream, tables, copied, missing, exportedAt), cancellationToken);
    }

    private static async Task WriteEntryAsync(
        ZipArchive zip, string path, DateTimeOffset exportedAt, CompressionLevel compression, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, compression);
        entry.LastWriteTime = exportedAt;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await write(stream);
    }
}
