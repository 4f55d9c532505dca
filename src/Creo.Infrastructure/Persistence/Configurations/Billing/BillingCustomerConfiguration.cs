using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Billing;

internal sealed class BillingCustomerConfiguration : IEntityTypeConfiguration<BillingCustomer>
{
    public void Configure(EntityTypeBuilder<BillingCustomer> builder)
    {
        builder.ToTable("customers", ModuleSchemas.Billing);
        builder.HasKey(c => c.UserId);
        builder.Property(c => c.UserId).ValueGeneratedNever();
        builder.Property(c => c.ProviderCustomerId).HasMaxLength(BillingCustomer.MaxProviderIdLength);
        builder.HasIndex(c => c.ProviderCustomerId).IsUnique();
        builder.AreClassified(Classifications.PaymentRecord, nameof(BillingCustomer.UserId), nameof(BillingCustomer.ProviderCustomerId), nameof(BillingCustomer.CreatedAt));
    }
}
