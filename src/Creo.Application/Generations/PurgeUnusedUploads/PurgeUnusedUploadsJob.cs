namespace Creo.Application.Generations.PurgeUnusedUploads;

/// <summary>
/// Removes uploads that no generation used within <see cref="UnusedFor"/> of their upload: the image from storage,
/// then the row. Uploads a generation named stay until their owner deletes them or the account is erased.
/// </summary>
public sealed record PurgeUnusedUploadsJob : IJob
{
    public const string RecurringName = "Remove uploads no generation used within 24 hours";

    public static readonly TimeSpan UnusedFor = TimeSpan.FromHours(24);
}
