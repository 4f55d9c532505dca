namespace Creo.Application.Privacy.MailDataExportReady;

/// <summary>Tells the owner of a ready export where to download it. A job of its own, so a mail that fails is retried without rebuilding.</summary>
public sealed record MailDataExportReadyJob(Guid ExportId) : IJob;
