using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class TouchConfiguration : IEntityTypeConfiguration<Touch>
{
    public void Configure(EntityTypeBuilder<Touch> touch)
    {
        touch.Property(t => t.Note).HasMaxLength(Touch.NoteMaxLength);
        touch.HasOne<Lead>().WithMany().HasForeignKey(t => t.LeadId).OnDelete(DeleteBehavior.Restrict);
        touch.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ByUserId).OnDelete(DeleteBehavior.Restrict);
        touch.HasIndex(t => new { t.LeadId, t.At });
    }
}
