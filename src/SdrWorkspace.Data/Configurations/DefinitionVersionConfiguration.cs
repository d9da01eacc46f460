using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Data.Configurations;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<DefinitionVersion>
{
    public void Configure(EntityTypeBuilder<DefinitionVersion> version)
    {
        version.HasKey(v => v.Version);
        version.Property(v => v.Version).ValueGeneratedNever();
        version.Property(v => v.AdoptedBy).HasMaxLength(TextLimits.Actor);
        version.Property(v => v.Reason).HasMaxLength(DefinitionVersion.ReasonMaxLength);
    }
}
