using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Storage;

/// <summary>Settings under <c>Storage__…</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.FileSystem;

    /// <summary>Where the file-system store keeps objects; default <c>&lt;DataDirectory&gt;/media</c>.</summary>
    public string? RootPath { get; set; }

    [ValidateObjectMembers]
    public S3StorageOptions S3 { get; set; } = new();
}
