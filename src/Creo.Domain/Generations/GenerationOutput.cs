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

    internal static GenerationOutput Create(Guid generationId, int index, string storageKey, string contentType, long sizeBytes, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GenerationId = generationId,
        Index = index,
        StorageKey = storageKey,
        ContentType = contentType,
        SizeBytes = sizeBytes,
    };
}
