using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("sessions", ModuleSchemas.Accounts);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.Property(s => s.IpAddress).HasMaxLength(ClientInfo.MaxIpLength);
        builder.Property(s => s.UserAgent).HasMaxLength(ClientInfo.MaxUserAgentLength);
        builder.Property(s => s.DeviceFingerprint).HasMaxLength(64);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.TokenHash).IsClassified(Classifications.TokenHash);
        builder.AreClassified(
            Classifications.SessionData,
            nameof(Session.Id), nameof(Session.UserId), nameof(Session.CreatedAt), nameof(Session.LastSeenAt), nameof(Session.ExpiresAt),
            nameof(Session.IpAddress), nameof(Session.UserAgent), nameof(Session.DeviceFingerprint), nameof(Session.RevokedAt));
    }
}
