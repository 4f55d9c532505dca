using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.ToTable("security_events", ModuleSchemas.Accounts);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.IpAddress).HasMaxLength(ClientInfo.MaxIpLength);
        builder.Property(e => e.UserAgent).HasMaxLength(ClientInfo.MaxUserAgentLength);
        builder.Property(e => e.Detail).HasMaxLength(SecurityEvent.MaxDetailLength);
        builder.HasIndex(e => new { e.UserId, e.OccurredAt });
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.AreClassified(
            Classifications.SecurityLog,
            nameof(SecurityEvent.Id), nameof(SecurityEvent.UserId), nameof(SecurityEvent.Kind), nameof(SecurityEvent.OccurredAt),
            nameof(SecurityEvent.IpAddress), nameof(SecurityEvent.UserAgent), nameof(SecurityEvent.Detail));
    }
}
