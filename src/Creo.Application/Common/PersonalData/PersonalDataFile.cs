namespace Creo.Application.Common.PersonalData;

/// <summary>A stored object of the person's (an output, an upload) and the path it takes inside the archive (<c>media/…</c>).</summary>
public sealed record PersonalDataFile(string StorageKey, string ArchivePath);
