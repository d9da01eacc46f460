using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Notifications;

namespace SdrWorkspace.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.UserId).HasMaxLength(Notification.UserIdMaxLength);
        notification.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        notification.Property(n => n.Occurrence).HasMaxLength(Notification.OccurrenceMaxLength);
        notification.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The bell's unread count, and its newest-first list.
        notification.HasIndex(n => new { n.UserId, n.ReadAt });
        notification.HasIndex(n => new { n.UserId, n.CreatedAt });
        // One event notifies a user once, however often it is noticed.
        notification.HasIndex(n => new { n.UserId, n.Kind, n.Occurrence }).IsUnique();
    }
}

internal sealed class NotificationMuteConfiguration : IEntityTypeConfiguration<NotificationMute>
{
    public void Configure(EntityTypeBuilder<NotificationMute> mute)
    {
        mute.HasKey(m => new { m.UserId, m.Kind });
        mute.Property(m => m.UserId).HasMaxLength(Notification.UserIdMaxLength);
        mute.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
