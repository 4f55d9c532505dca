namespace Creo.Application.Accounts;

/// <summary>The accounts module's data port: only the sets this module owns.</summary>
public interface IAccountsData
{
    DbSet<User> Users { get; }

    DbSet<Session> Sessions { get; }

    DbSet<SignInToken> SignInTokens { get; }

    DbSet<KnownDevice> KnownDevices { get; }

    DbSet<PolicyAcceptance> PolicyAcceptances { get; }

    DbSet<SecurityEvent> SecurityEvents { get; }

    DbSet<StaffAuditEntry> StaffAuditEntries { get; }
}
