using Creo.Domain.Billing;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Billing;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions", ModuleSchemas.Billing);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ProviderSubscriptionId).HasMaxLength(BillingCustomer.MaxProviderIdLength);
        builder.HasIndex(s => s.ProviderSubscriptionId).IsUnique();
        builder.Property(s => s.PlanId).HasMaxLength(100);
        // Stored under its stable name (the strings the column always held), so no data migration; a name we cannot
        // read loads as Unknown, which grants nothing, rather than failing the row.
        builder.Property(s => s.Status)
            .HasConversion(status => SubscriptionStatusNames.Of(status), name => SubscriptionStatusNames.Parse(name))
            .HasMaxLength(SubscriptionStatusNames.MaxLength);
        builder.HasIndex(s => s.UserId);
        builder.Ignore(s => s.GrantsAccess);
        builder.AreClassified(
            Classifications.PaymentRecord,
            nameof(Subscription.Id), nameof(Subscription.UserId), nameof(Subscription.ProviderSubscriptionId), nameof(Subscription.PlanId),
            nameof(Subscription.Status), nameof(Subscription.CurrentPeriodStart), nameof(Subscription.CurrentPeriodEnd),
            nameof(Subscription.CancelAtPeriodEnd), nameof(Subscription.StateAt), nameof(Subscription.UpdatedAt));
    }
}
