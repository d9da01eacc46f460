using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.ApiKeys;

namespace SdrWorkspace.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        key.Property(k => k.Hash).HasMaxLength(ApiKey.HashLength);
        key.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
        key.Property(k => k.CreatedBy).HasMaxLength(ApiKey.ActorMaxLength);
        key.Property(k => k.RevokedBy).HasMaxLength(ApiKey.ActorMaxLength);
        key.Ignore(k => k.IsActive);
        // Every API request looks its key up by hash.
        key.HasIndex(k => k.Hash).IsUnique();
    }
}
