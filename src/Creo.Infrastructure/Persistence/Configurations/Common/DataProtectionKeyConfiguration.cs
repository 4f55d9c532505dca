using Creo.Infrastructure.Persistence.Classification;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace Creo.Infrastructure.Persistence.Configurations.Common;

/// <summary>Data Protection keys live in the database so cookies and signed URLs survive restarts and work on every instance.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys", ModuleSchemas.Common);
        builder.AreClassified(
            Classifications.SigningKey,
            nameof(DataProtectionKey.Id), nameof(DataProtectionKey.FriendlyName), nameof(DataProtectionKey.Xml));
    }
}
