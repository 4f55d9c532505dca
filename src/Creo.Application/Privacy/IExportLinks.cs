namespace Creo.Application.Privacy;

/// <summary>
/// Download links of data exports. A link is sealed and expires, and it opens only for the export's owner while the
/// archive can still be downloaded: another account gets 404 for it, and so does everyone after it expires.
/// </summary>
public interface IExportLinks
{
    Uri Create(Guid exportId, DateTimeOffset expiresAt);

    /// <summary>What <paramref name="token"/> names, or null when it is forged, damaged or expired.</summary>
    ExportLink? Open(string token);
}

public sealed record ExportLink(Guid ExportId, DateTimeOffset ExpiresAt);
