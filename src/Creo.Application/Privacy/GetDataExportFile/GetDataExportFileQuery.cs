namespace Creo.Application.Privacy.GetDataExportFile;

/// <summary>Opens a download link for the caller: 404 when it is forged or expired, the archive is gone or past its period, or it is not theirs.</summary>
public sealed record GetDataExportFileQuery(Guid UserId, string Token) : IQuery<DataExportFile>;
