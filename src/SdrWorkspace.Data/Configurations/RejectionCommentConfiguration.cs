using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class RejectionCommentConfiguration : IEntityTypeConfiguration<RejectionComment>
{
    public void Configure(EntityTypeBuilder<RejectionComment> comment)
    {
        comment.Property(c => c.Author).HasMaxLength(RejectionComment.AuthorMaxLength);
        comment.Property(c => c.Text).HasMaxLength(RejectionComment.TextMaxLength);
        comment.HasOne<Lead>().WithMany().HasForeignKey(c => c.LeadId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<StageChange>().WithMany().HasForeignKey(c => c.RejectionId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        comment.HasIndex(c => new { c.LeadId, c.At });
    }
}
