using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class SignInTokenConfiguration : IEntityTypeConfiguration<SignInToken>
{
    public void Configure(EntityTypeBuilder<SignInToken> builder)
    {
        builder.ToTable("sign_in_tokens", ModuleSchemas.Accounts);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Email).HasMaxLength(User.MaxEmailLength);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => new { t.Email, t.CreatedAt });
        builder.Property(t => t.TokenHash).IsClassified(Classifications.TokenHash);
        builder.AreClassified(
            Classifications.SessionData,
            nameof(SignInToken.Id), nameof(SignInToken.Email), nameof(SignInToken.CreatedAt), nameof(SignInToken.ExpiresAt), nameof(SignInToken.UsedAt));
    }
}
