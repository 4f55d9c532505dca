using Creo.Application.Credits;
using Creo.Domain.Credits;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Credits;

internal sealed class CreditEntryConfiguration : IEntityTypeConfiguration<CreditEntry>
{
    public void Configure(EntityTypeBuilder<CreditEntry> builder)
    {
        builder.ToTable("credit_entries", ModuleSchemas.Credits);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(CreditEntry.MaxReasonLength);
        builder.Property(e => e.SourceKey).HasMaxLength(CreditEntry.MaxSourceKeyLength);
        builder.HasIndex(e => e.SourceKey).IsUnique().HasDatabaseName(CreditConstraints.UniqueSourceKey);

        // The ledger page and the receipts read by person, newest first.
        builder.HasIndex(e => new { e.UserId, e.Id });
        builder.HasIndex(e => e.ExpiresAt);
        builder.HasOne<CreditAccount>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.AreClassified(
            Classifications.CreditLedger,
            nameof(CreditEntry.Id), nameof(CreditEntry.UserId), nameof(CreditEntry.Kind), nameof(CreditEntry.Amount),
            nameof(CreditEntry.Reason), nameof(CreditEntry.SourceKey), nameof(CreditEntry.GenerationId), nameof(CreditEntry.ExpiresAt), nameof(CreditEntry.CreatedAt));
    }
}
