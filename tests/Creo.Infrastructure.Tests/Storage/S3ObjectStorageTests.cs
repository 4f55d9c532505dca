using Creo.Testing;

namespace Creo.Infrastructure.Tests.Storage;

/// <summary>Against a real S3-compatible server (the same AWSSDK.S3 client and settings as for Cloudflare R2).</summary>
public sealed class S3ObjectStorageTests : ObjectStorageContract
{
    protected override void Configure(Dictionary<string, string?> settings) => settings.WithS3Storage();
}
