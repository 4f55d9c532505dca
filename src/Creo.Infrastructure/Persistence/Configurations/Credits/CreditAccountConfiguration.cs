using Creo.Application.Credits;
using Creo.Domain.Credits;
using Creo.Infrastructure.Persistence.Classification;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Creo.Infrastructure.Persistence.Configurations.Credits;

internal sealed class CreditAccountConfiguration : IEntityTypeConfiguration<CreditAccount>
{
    public void Configure(EntityTypeBuilder<CreditAccount> builder)
    {
        builder.ToTable("credit_accounts", ModuleSchemas.Credits, table =>
            table.HasCheckConstraint(CreditConstraints.NonNegativeBalance, "balance >= 0"));
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.UserId).ValueGeneratedNever();

        // Only the ledger trigger writes the balance (see the Credits migration); EF never sends it.
        var balance = builder.Property(a => a.Balance).HasDefaultValue(0L).Metadata;
        balance.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        balance.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        builder.AreClassified(Classifications.CreditLedger, nameof(CreditAccount.UserId), nameof(CreditAccount.Balance), nameof(CreditAccount.CreatedAt));
        builder.AreClassified(Classifications.DisputeHold, nameof(CreditAccount.DisputeHoldSince));
    }
}
