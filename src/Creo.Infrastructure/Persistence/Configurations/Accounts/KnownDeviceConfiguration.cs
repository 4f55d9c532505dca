using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class KnownDeviceConfiguration : IEntityTypeConfiguration<KnownDevice>
{
    public void Configure(EntityTypeBuilder<KnownDevice> builder)
    {
        builder.ToTable("known_devices", ModuleSchemas.Accounts);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DeviceFingerprint).HasMaxLength(64);
        builder.HasIndex(d => new { d.UserId, d.DeviceFingerprint }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.AreClassified(
            Classifications.DeviceData,
            nameof(KnownDevice.Id), nameof(KnownDevice.UserId), nameof(KnownDevice.DeviceFingerprint), nameof(KnownDevice.FirstSeenAt), nameof(KnownDevice.LastSeenAt));
    }
}
