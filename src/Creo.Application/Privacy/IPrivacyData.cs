namespace Creo.Application.Privacy;

/// <summary>The privacy module's data port: only the sets this module owns (architecture rule 7).</summary>
public interface IPrivacyData
{
    DbSet<PolicyVersion> PolicyVersions { get; }

    DbSet<PrivacyRequest> PrivacyRequests { get; }

    DbSet<ConsentRecord> ConsentRecords { get; }

    DbSet<AccountDeletion> AccountDeletions { get; }

    DbSet<ErasureReceipt> ErasureReceipts { get; }

    DbSet<PolicyChangeNotice> PolicyChangeNotices { get; }

    DbSet<DailyUsage> DailyUsage { get; }

    DbSet<DailyPageViews> DailyPageViews { get; }

    DbSet<DataExport> DataExports { get; }

    DbSet<Breach> Breaches { get; }

    DbSet<BreachNotification> BreachNotifications { get; }
}
