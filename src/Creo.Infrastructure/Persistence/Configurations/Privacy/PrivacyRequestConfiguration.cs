using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class PrivacyRequestConfiguration : IEntityTypeConfiguration<PrivacyRequest>
{
    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        builder.ToTable("requests", ModuleSchemas.Privacy);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Details).HasMaxLength(PrivacyRequest.MaxDetailsLength);
        builder.Property(r => r.Source).HasMaxLength(16);
        builder.Property(r => r.ExtensionReason).HasMaxLength(PrivacyRequest.MaxReasonLength);
        builder.Property(r => r.Outcome).HasMaxLength(PrivacyRequest.MaxReasonLength);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => new { r.UserId, r.ReceivedAt });
        builder.HasIndex(r => new { r.CompletedAt, r.DueAt });
        builder.AreClassified(
            Classifications.ConsentRecord,
            nameof(PrivacyRequest.Id), nameof(PrivacyRequest.UserId), nameof(PrivacyRequest.Type), nameof(PrivacyRequest.Details),
            nameof(PrivacyRequest.Source), nameof(PrivacyRequest.ReceivedAt), nameof(PrivacyRequest.DueAt), nameof(PrivacyRequest.ExtensionReason),
            nameof(PrivacyRequest.CompletedAt), nameof(PrivacyRequest.Outcome));
    }
}
