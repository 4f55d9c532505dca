using Amazon.S3;
using Amazon.S3.Model;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// One DeleteObjects call for up to 1,000 keys. S3 answers 200 even when some keys were not deleted, listing them
/// under Errors (the SDK raises <see cref="DeleteObjectsException"/> for that); either way a key left behind is
/// personal data still stored, so it becomes an exception naming how many keys failed and why, never a silent pass.
/// </summary>
internal static class S3BatchDeletion
{
    public const int MaxKeysPerBatch = 1000;

    public static async Task DeleteAsync(IAmazonS3 s3, string bucket, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keys.Count, MaxKeysPerBatch);
        if (keys.Count == 0)
        {
            return;
        }

        var request = new DeleteObjectsRequest
        {
            BucketName = bucket,
            Quiet = true,
            Objects = keys.Select(key => new KeyVersion { Key = key }).ToList(),
        };
        DeleteObjectsResponse response;
        try
        {
            response = await s3.DeleteObjectsAsync(request, cancellationToken);
        }
        catch (DeleteObjectsException exception)
        {
            response = exception.Response;
        }

        EnsureAllDeleted(response, keys.Count);
    }

    /// <summary>Throws when the response lists any key that was not deleted.</summary>
    public static void EnsureAllDeleted(DeleteObjectsResponse? response, int asked)
    {
        var errors = response?.DeleteErrors ?? [];
        if (errors.Count == 0)
        {
            return;
        }

        // Codes only: the keys carry user ids, which do not belong in logs or job error messages.
        var codes = string.Join(", ", errors.Select(e => e.Code).Distinct(StringComparer.Ordinal));
        throw new ObjectStorageDeletionException($"{errors.Count} of {asked} objects could not be deleted ({codes}); the erasure must run again.");
    }
}
