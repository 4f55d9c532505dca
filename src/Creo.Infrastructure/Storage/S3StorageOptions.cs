using Creo.Application.Common.Settings;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// Settings under <c>Storage__S3__…</c>. For Cloudflare R2: <c>ServiceUrl</c> is
/// <c>https://&lt;account&gt;.r2.cloudflarestorage.com</c> and <c>Region</c> is <c>auto</c>.
/// </summary>
public sealed class S3StorageOptions
{
    [AbsoluteUrlSetting("Storage__S3__ServiceUrl")]
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "creo-media";

    public string Region { get; set; } = "auto";

    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }

    /// <summary>R2 recommends unsigned payloads over HTTPS; plain-HTTP test servers need signed payloads.</summary>
    public bool DisablePayloadSigning { get; set; }
}
