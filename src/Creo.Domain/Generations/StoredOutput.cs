namespace Creo.Domain.Generations;

/// <summary>An output already written to storage, ready to be recorded on its generation; <see cref="Video"/> for a video.</summary>
public sealed record StoredOutput(string StorageKey, string ContentType, long SizeBytes, VideoFacts? Video = null);
