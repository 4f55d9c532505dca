using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class AccountDeletionConfiguration : IEntityTypeConfiguration<AccountDeletion>
{
    public void Configure(EntityTypeBuilder<AccountDeletion> builder)
    {
        builder.ToTable("account_deletions", ModuleSchemas.Privacy);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();

        // One pending deletion per person: asking twice finds the first, and the database refuses a second row.
        builder.HasIndex(d => d.UserId).IsUnique();
        builder.HasIndex(d => d.ScheduledFor);
        builder.Ignore(d => d.IsErasing);
        builder.AreClassified(
            Classifications.ConsentRecord,
            nameof(AccountDeletion.Id), nameof(AccountDeletion.UserId), nameof(AccountDeletion.RequestedAt),
            nameof(AccountDeletion.ScheduledFor), nameof(AccountDeletion.ErasureStartedAt));
    }
}
