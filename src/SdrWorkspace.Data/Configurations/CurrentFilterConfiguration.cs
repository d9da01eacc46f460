using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Preferences;

namespace SdrWorkspace.Data.Configurations;

internal sealed class CurrentFilterConfiguration : IEntityTypeConfiguration<CurrentFilter>
{
    public void Configure(EntityTypeBuilder<CurrentFilter> filter)
    {
        filter.HasKey(f => new { f.UserId, f.Screen });
        filter.Property(f => f.Screen).HasMaxLength(CurrentFilter.ScreenMaxLength);
        filter.Property(f => f.FilterJson).HasMaxLength(CurrentFilter.FilterMaxLength);
        filter.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
