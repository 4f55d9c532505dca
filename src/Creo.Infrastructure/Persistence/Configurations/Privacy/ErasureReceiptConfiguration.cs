using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class ErasureReceiptConfiguration : IEntityTypeConfiguration<ErasureReceipt>
{
    public void Configure(EntityTypeBuilder<ErasureReceipt> builder)
    {
        builder.ToTable("erasure_receipts", ModuleSchemas.Privacy);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.AreClassified(
            Classifications.ErasureProof,
            nameof(ErasureReceipt.Id), nameof(ErasureReceipt.RequestedAt), nameof(ErasureReceipt.ScheduledFor), nameof(ErasureReceipt.CompletedAt),
            nameof(ErasureReceipt.SubscriptionsCancelled), nameof(ErasureReceipt.InvoicesAnonymised), nameof(ErasureReceipt.GenerationObjectsRemoved),
            nameof(ErasureReceipt.CreditEntriesRemoved), nameof(ErasureReceipt.RequestLogEntriesRemoved), nameof(ErasureReceipt.PrivacyRecordsRemoved),
            nameof(ErasureReceipt.AccountRecordsRemoved));
    }
}
