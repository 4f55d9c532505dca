using Creo.Domain.Generations;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Generations;

internal sealed class GenerationOutputConfiguration : IEntityTypeConfiguration<GenerationOutput>
{
    public void Configure(EntityTypeBuilder<GenerationOutput> builder)
    {
        builder.ToTable("generation_outputs", ModuleSchemas.Generations);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.StorageKey).HasMaxLength(512);
        builder.Property(o => o.ContentType).HasMaxLength(100);

        // One row per output slot: a finish that runs twice cannot record an output twice.
        builder.HasIndex(o => new { o.GenerationId, o.Index }).IsUnique();
        builder.AreClassified(
            Classifications.GenerationData,
            nameof(GenerationOutput.Id), nameof(GenerationOutput.GenerationId), nameof(GenerationOutput.Index),
            nameof(GenerationOutput.StorageKey), nameof(GenerationOutput.ContentType), nameof(GenerationOutput.SizeBytes),
            nameof(GenerationOutput.DurationSeconds), nameof(GenerationOutput.Width), nameof(GenerationOutput.Height));
    }
}
