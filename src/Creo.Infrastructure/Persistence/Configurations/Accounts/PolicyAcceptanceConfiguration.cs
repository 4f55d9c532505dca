using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class PolicyAcceptanceConfiguration : IEntityTypeConfiguration<PolicyAcceptance>
{
    public void Configure(EntityTypeBuilder<PolicyAcceptance> builder)
    {
        builder.ToTable("policy_acceptances", ModuleSchemas.Accounts);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.UserId, a.PolicyVersion }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.AreClassified(
            Classifications.ConsentRecord,
            nameof(PolicyAcceptance.Id), nameof(PolicyAcceptance.UserId), nameof(PolicyAcceptance.PolicyVersion), nameof(PolicyAcceptance.AcceptedAt));
    }
}
