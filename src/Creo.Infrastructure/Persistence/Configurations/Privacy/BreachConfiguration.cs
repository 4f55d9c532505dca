using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> builder)
    {
        builder.ToTable("breaches", ModuleSchemas.Privacy);
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Description).HasMaxLength(Breach.MaxDescriptionLength);
        builder.Property(b => b.Message).HasMaxLength(Breach.MaxMessageLength);
        builder.Property(b => b.Categories).HasMaxLength(Breach.MaxCategoriesLength);
        builder.Property(b => b.Audience).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(b => b.NotifyAuthorityBy);
        builder.Ignore(b => b.AffectsAccountsCreatedBy);
        builder.AreClassified(
            Classifications.BreachRecord,
            nameof(Breach.Id), nameof(Breach.DiscoveredAt), nameof(Breach.Description), nameof(Breach.RecordedAt), nameof(Breach.Message),
            nameof(Breach.Audience), nameof(Breach.Categories), nameof(Breach.WindowFrom), nameof(Breach.WindowTo));
        builder.Property(b => b.RecordedBy).IsClassified(Classifications.StaffActor);
    }
}
