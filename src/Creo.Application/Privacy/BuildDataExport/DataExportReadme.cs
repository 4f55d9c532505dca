using System.Globalization;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary><c>README.txt</c>: what the archive holds and how to read it, without a browser or a program.</summary>
internal static class DataExportReadme
{
    public static async Task WriteAsync(
        Stream stream, ExportTables archive, DateTimeOffset exportedAt)
    {
        await using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        await text.WriteAsync($"""
            Your Crëo data
            ==============

            A copy of everything Crëo held about your account on {exportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC
            (privacy policy, section 07: access and portability).

            index.html     the same data as a page to read in any browser.
            <module>/<table>.json
                           one file per table we keep, in one folder per part of Crëo (accounts, generations,
                           credits, billing, privacy, common). Each file is a JSON array with one object per row about
                           you; each key is the name of a stored value. Times are ISO 8601 with their UTC offset, ids
                           are UUIDs, amounts of money are in the currency's smallest unit (cents).
            media/         your images and videos, byte for byte as stored: generations/<generation id>/<n>.<ext>
                           and uploads/<upload id>.png. The "storageKey" of a row names the stored object its file
                           was copied from.

            Left out on purpose: the hashes of your session and sign-in tokens and of your requests — values that
            could only help someone impersonate you, and mean nothing to anyone else.

            Tables:

            """);
        foreach (var table in archive.All)
        {
            await text.WriteLineAsync($"  {table.Path} ({table.Count} {(table.Count == 1 ? "row" : "rows")})");
        }

        await text.WriteLineAsync();
        await text.WriteLineAsync($"Media files: {archive.CopiedFiles}.");
        if (archive.Missing.Count > 0)
        {
            await text.WriteLineAsync($"{archive.Missing.Count} stored file(s) named in the tables were no longer in storage (deleted while the archive was made):");
            foreach (var file in archive.Missing)
            {
                await text.WriteLineAsync($"  {file.ArchivePath}");
            }
        }

        await text.WriteLineAsync();
        await text.WriteLineAsync("Questions, or anything that looks wrong: write to the contact address in the privacy policy, or ask to correct it from your privacy center.");
    }
}
