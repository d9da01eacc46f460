using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Definitions;

namespace SdrWorkspace.Data.Configurations;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<DefinitionVersion>
{
    public void Configure(EntityTypeBuilder<DefinitionVersion> version)
    {
        version.HasKey(v => v.Version);
        version.Property(v => v.Version).ValueGeneratedNever();
        version.Property(v => v.AdoptedBy).HasMaxLength(256);
        version.Property(v => v.Reason).HasMaxLength(DefinitionVersion.ReasonMaxLength);
    }
}
