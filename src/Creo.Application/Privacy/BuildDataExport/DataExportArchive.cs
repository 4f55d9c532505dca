using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Creo.Application.Privacy.BuildDataExport.Zip;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// The archive's layout: <c>{module}/{table}.json</c> (an array of the person's rows, keys the camelCase names of
/// the stored properties), <c>media/…</c> (their outputs and uploads, byte for byte as stored), <c>index.html</c>
/// (the same, for people) and <c>README.txt</c> (the format, explained). Every part is written as its rows are read
/// from the modules' streams and every file is copied straight from storage, so the memory a build takes does not
/// follow the length of the history.
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

    /// <summary>The writer's own options decide the layout when rows are serialized into it: the same as <see cref="Json"/>'s.</summary>
    private static readonly JsonWriterOptions Writer = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int FlushBytes = 32 * 1024;

    public static async Task WriteAsync(
        Stream destination, IReadOnlyList<PersonalDataPart> parts, IMediator mediator, IObjectStorage storage, DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        await using var zip = new ZipStreamWriter(destination, exportedAt);
        var tables = new ExportTables(mediator, cancellationToken);
        foreach (var part in parts)
        {
            foreach (var table in part.Tables)
            {
                var path = $"{part.Module}/{table.Name}.json";
                var count = 0;
                await zip.AddAsync(path, compress: true, async stream => count = await WriteRowsAsync(stream, mediator.CreateStream(table.Rows, cancellationToken), cancellationToken), cancellationToken);
                tables.Add(new ArchivedTable(part.Module, table.Name, path, count, table));
            }
        }

        await foreach (var file in tables.Files(copiedOnly: false))
        {
            await using var stored = await storage.OpenReadAsync(file.StorageKey, cancellationToken);
            if (stored is null)
            {
                tables.NotCopied(file);
                continue;
            }

            // Images and videos are compressed already; storing them as they are keeps them byte-identical and the build fast.
            await zip.AddAsync(file.ArchivePath, compress: false, stream => stored.Content.CopyToAsync(stream, cancellationToken), cancellationToken);
            tables.Copied();
        }

        await zip.AddAsync("index.html", compress: true, stream => DataExportIndexPage.WriteAsync(stream, tables, exportedAt), cancellationToken);
        await zip.AddAsync("README.txt", compress: true, stream => DataExportReadme.WriteAsync(stream, tables, exportedAt), cancellationToken);
        await zip.FinishAsync(cancellationToken);
    }

    /// <summary>A JSON array written row by row as the stream yields them, flushed as it goes; the number of rows.</summary>
    private static async Task<int> WriteRowsAsync(Stream stream, IAsyncEnumerable<PersonalDataRow> rows, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, Writer);
        json.WriteStartArray();
        var count = 0;
        await foreach (var row in rows)
        {
            JsonSerializer.Serialize(json, row.Values, row.Values.GetType(), Json);
            count++;
            if (json.BytesPending > FlushBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        return count;
    }
}
