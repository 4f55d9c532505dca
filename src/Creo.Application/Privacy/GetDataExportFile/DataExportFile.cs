namespace Creo.Application.Privacy.GetDataExportFile;

/// <summary>Where a ready archive is stored, and the name it is saved under (<c>creo-export-2026-11-24.zip</c>).</summary>
public sealed record DataExportFile(string ObjectKey, string FileName);
