using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;

namespace SdrWorkspace.Data.Configurations;

internal sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    private const int UserIdMaxLength = 450;

    public void Configure(EntityTypeBuilder<AdminAuditEntry> entry)
    {
        entry.ToTable("AdminAuditEntries");
        entry.Property(e => e.ActorId).HasMaxLength(UserIdMaxLength);
        entry.Property(e => e.ActorName).HasMaxLength(AdminAuditEntry.NameMaxLength);
        entry.Property(e => e.Action).HasMaxLength(20);
        entry.Property(e => e.SubjectId).HasMaxLength(UserIdMaxLength);
        entry.Property(e => e.SubjectName).HasMaxLength(AdminAuditEntry.NameMaxLength);
        entry.Property(e => e.Details).HasMaxLength(AdminAuditEntry.DetailsMaxLength);
        // The users page reads the latest first, a page at a time.
        entry.HasIndex(e => new { e.At, e.Id });
    }
}
