
namespace Creo.Application.Privacy;

// Not Mapster: the status is read at a moment and a ready archive's download link is sealed.
internal static class DataExportMapper
{
    /// <summary>A download link lives an hour at most, like media links, and never past the archive's own end.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public static DataExportDto ToDto(DataExport export, IExportLinks links, DateTimeOffset now)
    {
        var status = export.StatusAt(now);
        var url = status == DataExportStatus.Ready && export.ExpiresAt is { } expiresAt
            ? links.Create(export.Id, expiresAt < now + LinkLifetime ? expiresAt : now + LinkLifetime)
            : null;
        return new DataExportDto(export.Id, KebabNames.Of(status), export.RequestedAt, url, export.ExpiresAt, export.SizeBytes);
    }
}
