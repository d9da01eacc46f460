using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class LeadShareConfiguration : IEntityTypeConfiguration<LeadShare>
{
    public void Configure(EntityTypeBuilder<LeadShare> share)
    {
        share.Property(s => s.SharedBy).HasMaxLength(LeadShare.SharedByMaxLength);
        share.HasOne<Lead>().WithMany(l => l.Shares).HasForeignKey(s => s.LeadId).OnDelete(DeleteBehavior.Restrict);
        share.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        // One share per lead and user; lead queries look shares up by user.
        share.HasIndex(s => new { s.LeadId, s.UserId }).IsUnique();
        share.HasIndex(s => s.UserId);
    }
}
