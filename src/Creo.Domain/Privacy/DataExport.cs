namespace Creo.Domain.Privacy;

/// <summary>
/// A copy of everything Crëo holds about a person, in a portable format (policy section 07, "Access" and "Port"):
/// asked for, built by a job into one ZIP in private storage, downloadable by its owner alone for
/// <see cref="DownloadPeriod"/>, then removed.
/// </summary>
public sealed class DataExport
{
    public const int MaxObjectKeyLength = 512;

    /// <summary>How long a ready archive can be downloaded; after that it is removed from storage.</summary>
    public static readonly TimeSpan DownloadPeriod = TimeSpan.FromDays(7);

    private DataExport()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DataExportStatus Status { get; private set; }

    /// <summary>When the build ended, ready or failed.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Until when the archive can be downloaded; set once it is ready.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Where the archive is stored, under the person's own storage prefix; set once it is ready.</summary>
    public string? ObjectKey { get; private set; }

    public long? SizeBytes { get; private set; }

    /// <summary>Queued or building: a person has at most one such export, and asking again returns it.</summary>
    public bool IsPending => Status is DataExportStatus.Queued or DataExportStatus.Building;

    public static DataExport Request(Guid userId, DateTimeOffset now)
    {
        if (userId == Guid.Empty)
        {
            throw new DomainException("export-owner-missing", "An export is always of one person's data.");
        }

        return new DataExport
        {
            Id = TimeOrderedIds.New(now),
            UserId = userId,
            RequestedAt = now,
            Status = DataExportStatus.Queued,
        };
    }

    /// <summary>Under the person's prefix, so erasing the account (which removes <c>users/{id}/</c>) removes every archive too.</summary>
    public static string ObjectKeyOf(Guid userId, Guid exportId) => $"users/{userId:N}/exports/{exportId:N}.zip";

    /// <summary>
    /// The build begins. A build that stopped halfway (the worker crashed) left the export building; running it
    /// again starts over and overwrites whatever it had stored.
    /// </summary>
    public void StartBuilding()
    {
        if (!IsPending)
        {
            throw new DomainException("export-not-pending", $"The export is {Describe(Status)}; only a queued or interrupted export is built.");
        }

        Status = DataExportStatus.Building;
    }

    public void MarkReady(long sizeBytes, DateTimeOffset now)
    {
        if (Status != DataExportStatus.Building)
        {
            throw new DomainException("export-not-building", $"The export is {Describe(Status)}, not being built.");
        }

        if (sizeBytes <= 0)
        {
            throw new DomainException("export-empty", "An empty archive is not an export.");
        }

        Status = DataExportStatus.Ready;
        ObjectKey = ObjectKeyOf(UserId, Id);
        SizeBytes = sizeBytes;
        CompletedAt = now;
        ExpiresAt = now + DownloadPeriod;
    }

    public void MarkFailed(DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new DomainException("export-not-pending", $"The export is {Describe(Status)}; only a queued or building export can fail.");
        }

        Status = DataExportStatus.Failed;
        CompletedAt = now;
    }

    /// <summary>The download period is over (the archive has been removed from storage).</summary>
    public void Expire(DateTimeOffset now)
    {
        if (Status != DataExportStatus.Ready)
        {
            throw new DomainException("export-not-ready", $"The export is {Describe(Status)}; only a ready export expires.");
        }

        if (now < ExpiresAt)
        {
            throw new DomainException("export-not-expired", "The export can still be downloaded.");
        }

        Status = DataExportStatus.Expired;
    }

    /// <summary>The status as the person sees it at <paramref name="now"/>: a ready export past its period reads as expired before the purge gets to it.</summary>
    public DataExportStatus StatusAt(DateTimeOffset now) =>
        Status == DataExportStatus.Ready && ExpiresAt <= now ? DataExportStatus.Expired : Status;

    public bool CanBeDownloadedAt(DateTimeOffset now) => StatusAt(now) == DataExportStatus.Ready;

    private static string Describe(DataExportStatus status) => status.ToString().ToLowerInvariant();
}
