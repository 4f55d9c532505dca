namespace Creo.Infrastructure.Storage;

/// <summary><c>Storage__Provider</c>.</summary>
public enum StorageProvider
{
    FileSystem,
    S3,
}
