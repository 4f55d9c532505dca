using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Billing;

internal sealed class PaymentReversalConfiguration : IEntityTypeConfiguration<PaymentReversal>
{
    public void Configure(EntityTypeBuilder<PaymentReversal> builder)
    {
        builder.ToTable("payment_reversals", ModuleSchemas.Billing);
        builder.HasKey(r => r.ReversalId);
        builder.Property(r => r.ReversalId).HasMaxLength(255);
        builder.HasIndex(r => r.PurchaseId);
        builder.HasOne<CreditPurchase>().WithMany().HasForeignKey(r => r.PurchaseId).OnDelete(DeleteBehavior.Cascade);
        builder.AreClassified(
            Classifications.PaymentRecord,
            nameof(PaymentReversal.ReversalId), nameof(PaymentReversal.PurchaseId), nameof(PaymentReversal.Amount),
            nameof(PaymentReversal.RunningTotal), nameof(PaymentReversal.CreditsTakenBack), nameof(PaymentReversal.CreatedAt));
    }
}
