using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Billing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("invoices", ModuleSchemas.Billing);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ProviderInvoiceId).HasMaxLength(BillingCustomer.MaxProviderIdLength);
        builder.HasIndex(i => i.ProviderInvoiceId).IsUnique();
        builder.Property(i => i.Number).HasMaxLength(100);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.Status).HasMaxLength(32);
        builder.Property(i => i.HostedInvoiceUrl).HasMaxLength(2000);
        builder.HasIndex(i => new { i.UserId, i.CreatedAt });
        builder.AreClassified(
            Classifications.TaxRecord,
            nameof(Invoice.Id), nameof(Invoice.UserId), nameof(Invoice.ProviderInvoiceId), nameof(Invoice.Number), nameof(Invoice.AmountDue),
            nameof(Invoice.AmountPaid), nameof(Invoice.Currency), nameof(Invoice.Status), nameof(Invoice.PeriodStart), nameof(Invoice.PeriodEnd),
            nameof(Invoice.HostedInvoiceUrl), nameof(Invoice.CreatedAt), nameof(Invoice.StateAt), nameof(Invoice.AnonymisedAt));
    }
}
