using Amazon.S3;
using Amazon.S3.Model;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// Production storage on any S3-compatible service (Cloudflare R2) through AWSSDK.S3. The bucket is private and
/// no presigned URL is ever handed out: the app reads objects itself and serves them to their owner's session.
/// </summary>
internal sealed class S3ObjectStorage(IAmazonS3 s3, S3StorageOptions options) : IObjectStorage
{
    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        await s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = options.Bucket,
                Key = ObjectKeys.Validate(key),
                InputStream = content,
                ContentType = contentType,
                AutoCloseStream = false,
                DisablePayloadSigning = options.DisablePayloadSigning,
            },
            cancellationToken);
    }

    public async Task<StoredObject?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var validKey = ObjectKeys.Validate(key);
            var response = await s3.GetObjectAsync(options.Bucket, validKey, cancellationToken);
            return new StoredObject(
                new S3ObjectReadStream(s3, options.Bucket, validKey, response), response.Headers.ContentType, response.ContentLength, response.ETag, AsUtc(response.LastModified));
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await s3.GetObjectMetadataAsync(options.Bucket, ObjectKeys.Validate(key), cancellationToken);
            return true;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await s3.DeleteObjectAsync(options.Bucket, ObjectKeys.Validate(key), cancellationToken);

    /// <summary>
    /// Lists with the SDK's paginator, then deletes in batches of 1,000 keys (one DeleteObjects each, S3's limit).
    /// Listing first keeps the paginator's continuation valid on every S3-compatible store; a key that a batch fails
    /// to delete fails the whole call, so the erasure job that asked fails and is retried rather than reporting done.
    /// </summary>
    public async Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = await ListAsync(prefix, cancellationToken);
        foreach (var batch in keys.Chunk(S3BatchDeletion.MaxKeysPerBatch))
        {
            await S3BatchDeletion.DeleteAsync(s3, options.Bucket, batch, cancellationToken);
        }

        return keys.Count;
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = options.Bucket, Prefix = ObjectKeys.ValidatePrefix(prefix) };
        await foreach (var item in s3.Paginators.ListObjectsV2(request).S3Objects.WithCancellation(cancellationToken))
        {
            keys.Add(item.Key);
        }

        return keys;
    }

    private static DateTimeOffset? AsUtc(DateTime? time) => time switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
