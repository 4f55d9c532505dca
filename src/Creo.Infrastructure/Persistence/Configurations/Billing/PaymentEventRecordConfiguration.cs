using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Billing;

internal sealed class PaymentEventRecordConfiguration : IEntityTypeConfiguration<PaymentEventRecord>
{
    public void Configure(EntityTypeBuilder<PaymentEventRecord> builder)
    {
        builder.ToTable("payment_events", ModuleSchemas.Billing);
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.LastError).HasMaxLength(PaymentEventRecord.MaxErrorLength);
        builder.HasIndex(e => e.EventCreatedAt);
        builder.AreClassified(
            Classifications.PaymentEventLog,
            nameof(PaymentEventRecord.EventId), nameof(PaymentEventRecord.Type), nameof(PaymentEventRecord.EventCreatedAt),
            nameof(PaymentEventRecord.ReceivedAt), nameof(PaymentEventRecord.Payload), nameof(PaymentEventRecord.AppliedAt),
            nameof(PaymentEventRecord.Attempts), nameof(PaymentEventRecord.LastError));
    }
}
