namespace Creo.Application.Privacy.RequestDataExport;

/// <summary>
/// Asks for a copy of everything held about the person (policy section 07, access and port). While one is queued
/// or being built, asking again returns that one instead of starting another.
/// </summary>
public sealed record RequestDataExportCommand(Guid UserId) : ICommand<DataExportRequestedDto>;
