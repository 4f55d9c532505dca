using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Billing;

internal sealed class CreditPurchaseConfiguration : IEntityTypeConfiguration<CreditPurchase>
{
    public void Configure(EntityTypeBuilder<CreditPurchase> builder)
    {
        builder.ToTable("credit_purchases", ModuleSchemas.Billing);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.SourceKey).HasMaxLength(200);
        builder.HasIndex(p => p.SourceKey).IsUnique();
        builder.Property(p => p.ProviderInvoiceId).HasMaxLength(BillingCustomer.MaxProviderIdLength);
        builder.Property(p => p.ProviderPaymentIntentId).HasMaxLength(BillingCustomer.MaxProviderIdLength);
        builder.HasIndex(p => p.ProviderInvoiceId);
        builder.HasIndex(p => p.ProviderPaymentIntentId);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.PeriodSlot).HasMaxLength(200);
        builder.HasIndex(p => p.PeriodSlot).IsUnique();
        builder.AreClassified(
            Classifications.PaymentRecord,
            nameof(CreditPurchase.Id), nameof(CreditPurchase.UserId), nameof(CreditPurchase.SourceKey), nameof(CreditPurchase.ProviderInvoiceId),
            nameof(CreditPurchase.ProviderPaymentIntentId), nameof(CreditPurchase.Credits), nameof(CreditPurchase.AmountPaid),
            nameof(CreditPurchase.Currency), nameof(CreditPurchase.CreatedAt), nameof(CreditPurchase.PeriodSlot));
    }
}
