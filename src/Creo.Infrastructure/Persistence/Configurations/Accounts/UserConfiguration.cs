using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users", ModuleSchemas.Accounts);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(User.MaxEmailLength);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(User.MaxNameLength);
        builder.Property(u => u.AvatarUrl).HasMaxLength(User.MaxAvatarUrlLength);
        builder.Property(u => u.AuthMethod).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.AgeConfirmationMethod).HasMaxLength(32);
        builder.Ignore(u => u.IsSuspended);
        builder.Ignore(u => u.IsClosing);
        builder.Ignore(u => u.CanSignIn);
        builder.Ignore(u => u.IsStaff);
        builder.AreClassified(
            Classifications.AccountData,
            nameof(User.Id), nameof(User.Email), nameof(User.Name), nameof(User.AvatarUrl), nameof(User.AuthMethod),
            nameof(User.CreatedAt), nameof(User.Roles), nameof(User.Status));
        builder.AreClassified(
            Classifications.ConsentRecord,
            nameof(User.AgeConfirmedAt), nameof(User.AgeConfirmationMethod), nameof(User.AgeConfirmedUnderPolicyVersion));
        builder.AreClassified(Classifications.MinorRemovalReport, nameof(User.MinorRemovalFiledAt), nameof(User.MinorRemovalFiledBy));
    }
}
