using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Preferences;

namespace SdrWorkspace.Data.Configurations;

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> view)
    {
        view.Property(v => v.Name).HasMaxLength(SavedView.NameMaxLength);
        view.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
        view.HasIndex(v => new { v.UserId, v.Name }).IsUnique();
    }
}
