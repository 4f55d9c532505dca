using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class DailyUsageConfiguration : IEntityTypeConfiguration<DailyUsage>
{
    public void Configure(EntityTypeBuilder<DailyUsage> builder)
    {
        builder.ToTable("daily_usage", ModuleSchemas.Privacy);

        // The tally's own dimensions are its key: no surrogate id, so no column exists that could name a person, and
        // two concurrent rebuilds of a day cannot both insert its rows.
        builder.HasKey(u => new { u.Day, u.ModelId, u.Tier });
        builder.Property(u => u.ModelId).HasMaxLength(DailyUsage.MaxModelIdLength);
        builder.Property(u => u.Tier).HasMaxLength(DailyUsage.MaxTierLength);
        builder.AreClassified(
            Classifications.AnonymousUsageAggregate,
            nameof(DailyUsage.Day), nameof(DailyUsage.ModelId), nameof(DailyUsage.Tier), nameof(DailyUsage.GenerationsSucceeded),
            nameof(DailyUsage.GenerationsFailed), nameof(DailyUsage.CreditsSpent));
    }
}
