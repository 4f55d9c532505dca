using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class PolicyChangeNoticeConfiguration : IEntityTypeConfiguration<PolicyChangeNotice>
{
    public void Configure(EntityTypeBuilder<PolicyChangeNotice> builder)
    {
        builder.ToTable("policy_change_notices", ModuleSchemas.Privacy);
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();

        // Told once per version: a re-run of the announcement skips whoever has a row.
        builder.HasIndex(n => new { n.PolicyVersion, n.UserId }).IsUnique();
        builder.HasIndex(n => n.UserId);
        builder.AreClassified(
            Classifications.ConsentRecord,
            nameof(PolicyChangeNotice.Id), nameof(PolicyChangeNotice.PolicyVersion), nameof(PolicyChangeNotice.UserId), nameof(PolicyChangeNotice.NotifiedAt));
    }
}
