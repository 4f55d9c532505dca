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
            var response = await s3.GetObjectAsync(options.Bucket, ObjectKeys.Validate(key), cancellationToken);
            return new StoredObject(response.ResponseStream, response.Headers.ContentType, response.ContentLength);
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

    public async Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = await ListAsync(prefix, cancellationToken);
        foreach (var key in keys)
        {
            await s3.DeleteObjectAsync(options.Bucket, key, cancellationToken);
        }

        return keys.Count;
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = options.Bucket, Prefix = ObjectKeys.ValidatePrefix(prefix) };
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request, cancellationToken);
            keys.AddRange((response.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);

        return keys;
    }
}
