using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("policy_versions", ModuleSchemas.Privacy);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.Version).IsUnique();
        builder.Property(p => p.Text).HasMaxLength(PolicyVersion.MaxTextLength);
        builder.AreClassified(
            Classifications.PublishedPolicy,
            nameof(PolicyVersion.Id), nameof(PolicyVersion.Version), nameof(PolicyVersion.EffectiveAt),
            nameof(PolicyVersion.Material), nameof(PolicyVersion.Text), nameof(PolicyVersion.PublishedAt));
    }
}
