using Creo.Application.Privacy;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class DataExportConfiguration : IEntityTypeConfiguration<DataExport>
{
    public void Configure(EntityTypeBuilder<DataExport> builder)
    {
        builder.ToTable("exports", ModuleSchemas.Privacy);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ObjectKey).HasMaxLength(DataExport.MaxObjectKeyLength);
        builder.Ignore(e => e.IsPending);
        builder.HasIndex(e => new { e.UserId, e.Id });

        // At most one export of a person is queued or building: asking twice at once cannot start two builds.
        builder.HasIndex(e => e.UserId)
            .IsUnique()
            .HasFilter($"status IN ('{nameof(DataExportStatus.Queued)}', '{nameof(DataExportStatus.Building)}')")
            .HasDatabaseName(DataExportConstraints.OnePendingPerPerson);
        builder.HasIndex(e => new { e.Status, e.ExpiresAt });
        builder.AreClassified(
            Classifications.DataExportRecord,
            nameof(DataExport.Id), nameof(DataExport.UserId), nameof(DataExport.RequestedAt), nameof(DataExport.Status),
            nameof(DataExport.CompletedAt), nameof(DataExport.ExpiresAt), nameof(DataExport.ObjectKey), nameof(DataExport.SizeBytes));
    }
}
