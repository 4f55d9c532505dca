using Creo.Application.Generations;
using Creo.Domain.Generations;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Generations;

internal sealed class GenerationConfiguration : IEntityTypeConfiguration<Generation>
{
    public void Configure(EntityTypeBuilder<Generation> builder)
    {
        builder.ToTable("generations", ModuleSchemas.Generations);
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.ModelId).HasMaxLength(100);
        builder.Property(g => g.ModelVersion).HasMaxLength(100);
        builder.Property(g => g.Provider).HasMaxLength(50);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Prompt).HasMaxLength(Generation.MaxPromptLength);
        builder.Property(g => g.Error).HasMaxLength(Generation.MaxErrorLength);
        builder.Property(g => g.IdempotencyKey).HasMaxLength(Generation.MaxIdempotencyKeyLength);
        builder.Property(g => g.RequestFingerprint).HasMaxLength(64);
        builder.Property(g => g.ProviderPredictionId).HasMaxLength(200);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.IsFinished);
        builder.Ignore(g => g.StoragePrefix);

        // History is read by person, newest first (ids are time-ordered): a seek, not a scan, at any depth.
        builder.HasIndex(g => new { g.UserId, g.Id });
        builder.HasIndex(g => new { g.UserId, g.IdempotencyKey }).IsUnique().HasDatabaseName(GenerationConstraints.UniqueIdempotencyKey);
        builder.HasIndex(g => new { g.Provider, g.ProviderPredictionId });
        builder.HasIndex(g => g.Status);
        builder.HasMany(g => g.Outputs).WithOne().HasForeignKey(o => o.GenerationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Outputs).HasField("outputs").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.AreClassified(
            Classifications.GenerationData,
            nameof(Generation.Id), nameof(Generation.UserId), nameof(Generation.ModelId), nameof(Generation.ModelVersion),
            nameof(Generation.Provider), nameof(Generation.Kind), nameof(Generation.Prompt), nameof(Generation.Width),
            nameof(Generation.Height), nameof(Generation.DurationSeconds), nameof(Generation.Seed), nameof(Generation.SourceImageId),
            nameof(Generation.CreditCost), nameof(Generation.Status), nameof(Generation.CreatedAt), nameof(Generation.StartedAt),
            nameof(Generation.CompletedAt), nameof(Generation.Error));
        builder.AreClassified(
            Classifications.GenerationRunState,
            nameof(Generation.IdempotencyKey), nameof(Generation.ProviderPredictionId), nameof(Generation.Attempts),
            nameof(Generation.ClaimedUntil), nameof(Generation.Version), nameof(Generation.QueuePosition));
        builder.Property(g => g.RequestFingerprint).IsClassified(Classifications.RequestHash);
    }
}
