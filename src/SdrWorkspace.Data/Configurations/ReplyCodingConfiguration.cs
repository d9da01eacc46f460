using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class ReplyCodingConfiguration : IEntityTypeConfiguration<ReplyCoding>
{
    public void Configure(EntityTypeBuilder<ReplyCoding> coding)
    {
        coding.Property(c => c.Note).HasMaxLength(ReplyCoding.NoteMaxLength);
        coding.Property(c => c.CodedBy).HasMaxLength(ReplyCoding.ActorMaxLength);
        coding.HasOne<EngagementEvent>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Restrict);
        coding.HasOne<Lead>().WithMany().HasForeignKey(c => c.LeadId).OnDelete(DeleteBehavior.Restrict);
    }
}
