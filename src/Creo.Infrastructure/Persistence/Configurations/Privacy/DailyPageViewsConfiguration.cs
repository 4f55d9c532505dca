using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class DailyPageViewsConfiguration : IEntityTypeConfiguration<DailyPageViews>
{
    public void Configure(EntityTypeBuilder<DailyPageViews> builder)
    {
        builder.ToTable("daily_page_views", ModuleSchemas.Privacy);

        // (day, page) is the key the page-view upsert conflicts on; there is no id that could stand for a visitor.
        builder.HasKey(v => new { v.Day, v.Page });
        builder.Property(v => v.Page).HasMaxLength(AnalyticsEvents.MaxPageLength);
        builder.AreClassified(
            Classifications.AnonymousUsageAggregate,
            nameof(DailyPageViews.Day), nameof(DailyPageViews.Page), nameof(DailyPageViews.Views));
    }
}
