using Creo.Domain.Generations;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Generations;

internal sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> builder)
    {
        builder.ToTable("uploads", ModuleSchemas.Generations);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.StorageKey).HasMaxLength(512);
        builder.Property(u => u.ContentType).HasMaxLength(100);
        builder.HasIndex(u => new { u.UserId, u.Id });
        builder.AreClassified(
            Classifications.UploadData,
            nameof(Upload.Id), nameof(Upload.UserId), nameof(Upload.StorageKey), nameof(Upload.ContentType),
            nameof(Upload.Width), nameof(Upload.Height), nameof(Upload.SizeBytes), nameof(Upload.CreatedAt));
    }
}
