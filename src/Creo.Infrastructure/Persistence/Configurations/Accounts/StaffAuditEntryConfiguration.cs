using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class StaffAuditEntryConfiguration : IEntityTypeConfiguration<StaffAuditEntry>
{
    public void Configure(EntityTypeBuilder<StaffAuditEntry> builder)
    {
        builder.ToTable("staff_audit_log", ModuleSchemas.Accounts);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(StaffAuditEntry.MaxActionLength);
        builder.Property(e => e.Reason).HasMaxLength(StaffAuditEntry.MaxReasonLength);
        builder.HasIndex(e => e.SubjectUserId);
        builder.HasIndex(e => e.StaffUserId);
        builder.AreClassified(
            Classifications.StaffAudit,
            nameof(StaffAuditEntry.Id), nameof(StaffAuditEntry.StaffUserId), nameof(StaffAuditEntry.SubjectUserId),
            nameof(StaffAuditEntry.Action), nameof(StaffAuditEntry.Reason), nameof(StaffAuditEntry.OccurredAt),
            nameof(StaffAuditEntry.Credits));
    }
}
