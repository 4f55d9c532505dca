namespace Creo.Domain.Generations;

/// <summary>
/// An image a person uploaded to use as a source image. It was re-encoded before storage, so no EXIF or GPS
/// metadata survives; only its owner may name it in a generation.
/// </summary>
public sealed class Upload
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private Upload()
    {
        StorageKey = string.Empty;
        ContentType = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string StorageKey { get; private set; }

    public string ContentType { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public long SizeBytes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Upload Create(Guid id, Guid userId, string storageKey, string contentType, int width, int height, long sizeBytes, DateTimeOffset now) => new()
    {
        Id = id,
        UserId = userId,
        StorageKey = storageKey,
        ContentType = contentType,
        Width = width,
        Height = height,
        SizeBytes = sizeBytes,
        CreatedAt = now,
    };

    public static string StorageKeyOf(Guid userId, Guid uploadId) => $"users/{userId:N}/uploads/{uploadId:N}.png";
}
