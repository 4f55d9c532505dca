using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consents", ModuleSchemas.Privacy);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Source).HasMaxLength(ConsentRecord.MaxSourceLength);
        builder.HasIndex(c => new { c.UserId, c.Purpose, c.Id });
        builder.AreClassified(
            Classifications.ConsentRecord,
            nameof(ConsentRecord.Id), nameof(ConsentRecord.UserId), nameof(ConsentRecord.Purpose), nameof(ConsentRecord.Granted),
            nameof(ConsentRecord.PolicyVersion), nameof(ConsentRecord.Source), nameof(ConsentRecord.RecordedAt));
    }
}
