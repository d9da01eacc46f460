using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> assessment)
    {
        assessment.Ignore(a => a.Answers);
        assessment.Property(a => a.StartedBy).HasMaxLength(TextLimits.Actor);
        assessment.Property(a => a.UpdatedBy).HasMaxLength(TextLimits.Actor);
        assessment.Property(a => a.CompletedBy).HasMaxLength(TextLimits.Actor);
        assessment.Property(a => a.Notes).HasMaxLength(Assessment.NotesMaxLength);
        assessment.Property(a => a.VerdictReason).HasMaxLength(2000);
        assessment.Property(a => a.Revision).IsConcurrencyToken();
        assessment.HasOne<Lead>().WithMany().HasForeignKey(a => a.LeadId).OnDelete(DeleteBehavior.Restrict);
        assessment.HasIndex(a => new { a.LeadId, a.Status });
        // One open draft per lead: two screens starting a qualification at once resume the same one.
        assessment.HasIndex(a => a.LeadId).IsUnique().HasFilter("\"Status\" = 'Draft'").HasDatabaseName("IX_Assessments_OneDraftPerLead");
    }
}
