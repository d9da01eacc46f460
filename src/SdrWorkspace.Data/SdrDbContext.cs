using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SdrWorkspace.Data.ApiKeys;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Preferences;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Data;

public sealed class SdrDbContext(DbContextOptions<SdrDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<EngagementEvent> EngagementEvents => Set<EngagementEvent>();
    public DbSet<Touch> Touches => Set<Touch>();
    public DbSet<DefinitionVersion> DefinitionVersions => Set<DefinitionVersion>();
    public DbSet<DefinitionDraft> DefinitionDrafts => Set<DefinitionDraft>();
    public DbSet<DefinitionReviewMark> DefinitionReviews => Set<DefinitionReviewMark>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();
    public DbSet<CurrentFilter> CurrentFilters => Set<CurrentFilter>();
    public DbSet<ReplyCoding> ReplyCodings => Set<ReplyCoding>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<MqlReview> MqlReviews => Set<MqlReview>();
    public DbSet<SqlHandover> Handovers => Set<SqlHandover>();
    public DbSet<RejectionComment> RejectionComments => Set<RejectionComment>();
    public DbSet<LeadShare> LeadShares => Set<LeadShare>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationMute> NotificationMutes => Set<NotificationMute>();
    public DbSet<AdminAuditEntry> AdminAuditEntries => Set<AdminAuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SdrDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums are stored by name: readable in the file, stable when members are added.
        configuration.Properties<Enum>().HaveConversion<string>();
        // SQLite has no decimal: as REAL it can still be compared and summed in queries. Amounts the domain ranges
        // are read back through StoredAmountConverter (their configurations), which tolerates a value out of range.
        configuration.Properties<decimal>().HaveConversion<double>();
        // Times are UTC throughout; SQLite forgets the kind, so it is restored on read.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpLeadRevisions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpLeadRevisions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every save of a lead or an assessment bumps its revision, so a save from a stale copy fails instead of overwriting.</summary>
    private void BumpLeadRevisions()
    {
        foreach (var entry in ChangeTracker.Entries<Lead>().Where(e => e.State == EntityState.Modified))
            entry.Property(l => l.Revision).CurrentValue = entry.Property(l => l.Revision).OriginalValue + 1;
        foreach (var entry in ChangeTracker.Entries<Assessment>().Where(e => e.State == EntityState.Modified))
            entry.Property(a => a.Revision).CurrentValue = entry.Property(a => a.Revision).OriginalValue + 1;
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
