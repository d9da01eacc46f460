using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        user.Property(u => u.ColorScheme).HasMaxLength(10).HasDefaultValue(Preferences.ColorScheme.System);
        user.Property(u => u.TimeZone).HasMaxLength(TimeZones.IdMaxLength);
    }
}
