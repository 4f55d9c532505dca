namespace Creo.Domain.Generations;

/// <summary>One media file a generation produced, copied into our private storage under the owner's prefix.</summary>
public sealed class GenerationOutput
{
    private GenerationOutput()
    {
        StorageKey = string.Empty;
        ContentType = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid GenerationId { get; private set; }

    public int Index { get; private set; }

    public string StorageKey { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>A video's length in seconds, read from its file; null for an image.</summary>
    public double? DurationSeconds { get; private set; }

    /// <summary>A video's picture width, read from its file; null for an image.</summary>
    public int? Width { get; private set; }

    /// <summary>A video's picture height, read from its file; null for an image.</summary>
    public int? Height { get; private set; }

    internal static GenerationOutput Create(Guid generationId, StoredOutput stored, int index, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GenerationId = generationId,
        Index = index,
        StorageKey = stored.StorageKey,
        ContentType = stored.ContentType,
        SizeBytes = stored.SizeBytes,
        DurationSeconds = stored.Video?.DurationSeconds,
        Width = stored.Video?.Width,
        Height = stored.Video?.Height,
    };
}
