using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class EngagementEventConfiguration : IEntityTypeConfiguration<EngagementEvent>
{
    public void Configure(EntityTypeBuilder<EngagementEvent> e)
    {
        e.Property(x => x.ExternalId).HasMaxLength(EngagementEvent.ExternalIdMaxLength);
        e.Property(x => x.Url).HasMaxLength(EngagementEvent.UrlMaxLength);
        e.Property(x => x.Subject).HasMaxLength(EngagementEvent.SubjectMaxLength);
        e.Property(x => x.Text).HasMaxLength(EngagementEvent.TextMaxLength);
        e.Property(x => x.CodedBy).HasMaxLength(TextLimits.Actor);
        e.HasOne<Lead>().WithMany().HasForeignKey(x => x.LeadId).OnDelete(DeleteBehavior.Restrict);
        // Covers what scoring reads of a lead's events, so re-scoring needs no table lookup per event.
        e.HasIndex(x => new { x.LeadId, x.OccurredAt, x.Type, x.Disposition, x.Url });
        // The dashboards' speed to lead and replies: a period's events of a few types.
        e.HasIndex(x => new { x.Type, x.OccurredAt });
        // Ingestion is idempotent on the sender's event id.
        e.HasIndex(x => x.ExternalId).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
    }
}
