using Creo.Application.Accounts;
using Creo.Application.Billing;
using Creo.Application.Common.RequestLogs;
using Creo.Application.Credits;
using Creo.Application.Generations;
using Creo.Application.Privacy;
using Creo.Domain.Accounts;
using Creo.Domain.Billing;
using Creo.Domain.Credits;
using Creo.Domain.Generations;
using Creo.Domain.Privacy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace Creo.Infrastructure.Persistence;

/// <summary>
/// The one database context behind every module's data port. It is abstract because each provider has its
/// own subclass, and so its own migration set: SQLite and PostgreSQL differ in types and schemas, and one
/// shared set of migrations would fit neither well.
/// </summary>
public abstract class CreoDbContext(DbContextOptions options)
    : DbContext(options), IUnitOfWork, IAccountsData, IBillingData, ICreditsData, IGenerationsData, IPrivacyData, IRequestLogData, IDataProtectionKeyContext
{
    private readonly List<Action> afterCommit = [];

    private readonly StatementsWithCommit withCommit = new();

    public DbSet<RequestLogEntry> RequestLogs => Set<RequestLogEntry>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SignInToken> SignInTokens => Set<SignInToken>();

    public DbSet<KnownDevice> KnownDevices => Set<KnownDevice>();

    public DbSet<PolicyAcceptance> PolicyAcceptances => Set<PolicyAcceptance>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<StaffAuditEntry> StaffAuditEntries => Set<StaffAuditEntry>();

    public DbSet<BillingCustomer> BillingCustomers => Set<BillingCustomer>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<CreditPurchase> CreditPurchases => Set<CreditPurchase>();

    public DbSet<PaymentReversal> PaymentReversals => Set<PaymentReversal>();

    public DbSet<PaymentEventRecord> PaymentEvents => Set<PaymentEventRecord>();

    public DbSet<CreditAccount> CreditAccounts => Set<CreditAccount>();

    public DbSet<CreditEntry> CreditEntries => Set<CreditEntry>();

    public DbSet<Generation> Generations => Set<Generation>();

    public DbSet<GenerationOutput> GenerationOutputs => Set<GenerationOutput>();

    public DbSet<Upload> Uploads => Set<Upload>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<PrivacyRequest> PrivacyRequests => Set<PrivacyRequest>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<AccountDeletion> AccountDeletions => Set<AccountDeletion>();

    public DbSet<ErasureReceipt> ErasureReceipts => Set<ErasureReceipt>();

    public DbSet<PolicyChangeNotice> PolicyChangeNotices => Set<PolicyChangeNotice>();

    public DbSet<Breach> Breaches => Set<Breach>();

    public DbSet<BreachNotification> BreachNotifications => Set<BreachNotification>();

    public DbSet<DailyUsage> DailyUsage => Set<DailyUsage>();

    public DbSet<DailyPageViews> DailyPageViews => Set<DailyPageViews>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool HasActiveTransaction => Database.CurrentTransaction is not null;

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        // EF would wrap every save of a command in a savepoint (SAVEPOINT and RELEASE: two more round trips, half a
        // millisecond of a two-millisecond submission). A command whose save fails fails as a whole, so only the
        // callers that catch a violation and go on need one: they ask for it (SaveChangesOrUndoAsync).
        Database.AutoSavepointsEnabled = false;
        return new EfTransaction(await Database.BeginTransactionAsync(cancellationToken), withCommit);
    }

    public async Task<int> SaveChangesOrUndoAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not { } transaction)
        {
            return await SaveChangesAsync(cancellationToken);
        }

        const string savepoint = "creo_save";
        await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        try
        {
            var saved = await SaveChangesAsync(cancellationToken);
            await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
            return saved;
        }
        catch
        {
            await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// The statements the current transaction's commit will carry (<see cref="StatementsWithCommit"/>); there are none
    /// outside a command's PostgreSQL transaction, whose end (its commit, or its disposal) clears them.
    /// </summary>
    internal StatementsWithCommit WithCommit => Database.CurrentTransaction is not null && Database.IsNpgsql()
        ? withCommit
        : throw new InvalidOperationException("A statement goes with a commit only inside a command's PostgreSQL transaction.");

    public void AfterCommit(Action action) => afterCommit.Add(action);

    public void Committed()
    {
        var actions = afterCommit.ToList();
        afterCommit.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }

    public void RolledBack()
    {
        afterCommit.Clear();
        ChangeTracker.Clear();
    }

    // Contexts are pooled (AddDbContextPool): EF resets its own state when one goes back to the pool; this class's
    // after-commit actions are dropped here, so the next scope never runs what an earlier one left behind (the commit's
    // statements end with their transaction).
    public override void Dispose()
    {
        afterCommit.Clear();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        afterCommit.Clear();
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CreoDbContext).Assembly);
    }
}
