namespace Creo.Domain.Privacy;

/// <summary>Where a data export stands: asked for, being built, downloadable, given up, or past its download period.</summary>
public enum DataExportStatus
{
    Queued,
    Building,
    Ready,
    Failed,
    Expired,
}
