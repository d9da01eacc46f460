using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> lead)
    {
        lead.Property(l => l.Email).HasMaxLength(Lead.EmailMaxLength).UseCollation("NOCASE");
        // Names compare without case (A to Z), so a search's prefix range on them is answered by their indexes.
        lead.Property(l => l.FirstName).HasMaxLength(Lead.NameMaxLength).UseCollation("NOCASE");
        lead.Property(l => l.LastName).HasMaxLength(Lead.NameMaxLength).UseCollation("NOCASE");
        lead.Property(l => l.Title).HasMaxLength(Lead.TitleMaxLength);
        lead.Property(l => l.Phone).HasMaxLength(Lead.PhoneMaxLength);
        lead.Property(l => l.Source).HasMaxLength(Lead.SourceMaxLength);
        lead.Property(l => l.Campaign).HasMaxLength(Lead.CampaignMaxLength);
        lead.Property(l => l.DisqualificationReason).HasMaxLength(Lead.ReasonMaxLength);
        lead.Property(l => l.NextActionNote).HasMaxLength(Lead.ReasonMaxLength);
        lead.Property(l => l.ReturnReason).HasMaxLength(Lead.ReasonMaxLength);
        lead.Property(l => l.Revision).IsConcurrencyToken();

        lead.HasOne(l => l.Account).WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        lead.HasOne<AppUser>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Restrict);
        lead.HasMany(l => l.StageHistory).WithOne().HasForeignKey(s => s.LeadId).OnDelete(DeleteBehavior.Restrict);
        lead.Navigation(l => l.StageHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        lead.Navigation(l => l.Shares).UsePropertyAccessMode(PropertyAccessMode.Field);

        lead.HasIndex(l => l.Email).IsUnique();
        // The lead lists page by (score desc, id) with keyset paging, per owner and over everyone.
        lead.HasIndex(l => new { l.OwnerId, l.Score, l.Id }).IsDescending(false, true, false);
        lead.HasIndex(l => new { l.Score, l.Id }).IsDescending(true, false);
        // The queue's score tier: an owner's leads by score, most recent high intent, id (keyset paging).
        lead.HasIndex(l => new { l.OwnerId, l.Score, l.LastHighIntentAt, l.Id }).IsDescending(false, true, true, false);
        lead.HasIndex(l => new { l.Stage, l.Score }).IsDescending(false, true);
        lead.HasIndex(l => l.AccountId);
        // Global search: names from their start (emails use the unique index above).
        lead.HasIndex(l => l.FirstName);
        lead.HasIndex(l => l.LastName);
        // The dashboards' cohort: the leads created in a period, everyone's or one rep's.
        lead.HasIndex(l => l.CreatedAt);
        lead.HasIndex(l => new { l.OwnerId, l.CreatedAt });
        // An SDR's follow-ups due by the end of today (the navigation's counts, the queue's due filter): a range on the index.
        lead.HasIndex(l => new { l.OwnerId, l.NextActionAt });
    }
}
