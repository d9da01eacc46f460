using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class SqlHandoverConfiguration : IEntityTypeConfiguration<SqlHandover>
{
    public void Configure(EntityTypeBuilder<SqlHandover> handover)
    {
        handover.ToTable("Handovers");
        handover.Property(h => h.HandedOverBy).HasMaxLength(SqlHandover.ActorMaxLength);
        handover.Property(h => h.DecidedBy).HasMaxLength(SqlHandover.ActorMaxLength);
        handover.Property(h => h.ReturnReason).HasMaxLength(SqlHandover.ReasonMaxLength);
        handover.Property(h => h.EstimatedValue).HasConversion(new StoredAmountConverter(Ranges.EstimatedValue, nameof(SqlHandover.EstimatedValue)));
        handover.HasOne<Lead>().WithMany().HasForeignKey(h => h.LeadId).OnDelete(DeleteBehavior.Restrict);
        handover.HasOne<AppUser>().WithMany().HasForeignKey(h => h.AeUserId).OnDelete(DeleteBehavior.Restrict);
        handover.HasOne<AppUser>().WithMany().HasForeignKey(h => h.HandedOverById).OnDelete(DeleteBehavior.Restrict);
        handover.HasIndex(h => new { h.LeadId, h.HandedOverAt });
        handover.HasIndex(h => new { h.AeUserId, h.Status });
        // One open handover per lead: two SDRs (or an SDR and a manager) handing it over at once cannot both win.
        handover.HasIndex(h => h.LeadId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_Handovers_LeadId_Pending");
    }
}
