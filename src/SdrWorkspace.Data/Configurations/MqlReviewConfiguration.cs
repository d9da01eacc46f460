using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class MqlReviewConfiguration : IEntityTypeConfiguration<MqlReview>
{
    public void Configure(EntityTypeBuilder<MqlReview> review)
    {
        review.Property(r => r.ReasonText).HasMaxLength(MqlReview.TextMaxLength);
        review.Property(r => r.DecidedBy).HasMaxLength(MqlReview.ActorMaxLength);
        review.HasOne<Lead>().WithMany().HasForeignKey(r => r.LeadId).OnDelete(DeleteBehavior.Restrict);
        review.HasOne<AppUser>().WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.Restrict);
        review.HasIndex(r => new { r.LeadId, r.DecidedAt });
    }
}
