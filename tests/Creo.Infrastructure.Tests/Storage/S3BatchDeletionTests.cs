using Amazon.S3.Model;
using Creo.Infrastructure.Storage;

namespace Creo.Infrastructure.Tests.Storage;

/// <summary>
/// S3 answers a batch delete with 200 even when some keys stayed (they come back under Errors); the stand-in never
/// refuses a key, so that branch is proved here on the response the SDK parses.
/// </summary>
public sealed class S3BatchDeletionTests
{
    [Fact]
    public void A_key_the_store_did_not_delete_fails_the_call_without_naming_the_key()
    {
        var response = new DeleteObjectsResponse
        {
            DeletedObjects = [new DeletedObject { Key = "users/a/1.png" }],
            DeleteErrors = [new DeleteError { Key = "users/secret-user-id/2.png", Code = "AccessDenied", Message = "Access Denied" }],
        };

        var failure = Assert.Throws<ObjectStorageDeletionException>(() => S3BatchDeletion.EnsureAllDeleted(response, 2));

        Assert.Contains("1 of 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-user-id", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_with_no_errors_passes()
    {
        S3BatchDeletion.EnsureAllDeleted(new DeleteObjectsResponse { DeletedObjects = [new DeletedObject { Key = "a" }] }, 1);
        S3BatchDeletion.EnsureAllDeleted(new DeleteObjectsResponse(), 1);
    }
}
