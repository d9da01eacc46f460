using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> change)
    {
        change.Property(c => c.Actor).HasMaxLength(StageChange.ActorMaxLength);
        change.Property(c => c.Reason).HasMaxLength(StageChange.ReasonMaxLength);
        change.HasIndex(c => new { c.LeadId, c.At });
        // Funnel counts: who entered a stage within a period.
        change.HasIndex(c => new { c.To, c.At });
    }
}
