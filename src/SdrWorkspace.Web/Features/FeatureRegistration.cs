using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Features.Bulk;
using SdrWorkspace.Web.Features.Calling;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Export;
using SdrWorkspace.Web.Features.Funnel;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Features.Ingestion;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Mqls;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Recycle;
using SdrWorkspace.Web.Features.Reopen;
using SdrWorkspace.Web.Features.Replies;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Features.Search;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Web.Features;

internal static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        // Stateless services over a context factory: singletons, safe to share between circuits.
        services.AddSingleton<LeadChangeFeed>();
        services.AddSingleton<LeadWork>();
        services.AddSingleton<LeadQueries>();
        services.AddSingleton<LeadSharing>();
        services.AddSingleton<FunnelQueries>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<DefinitionService>();
        services.AddSingleton<RescoreTracker>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<LeadScoring>();
        services.AddSingleton<QueueService>();
        services.AddSingleton<SavedViews>();
        services.AddSingleton<CallFlow>();
        services.AddSingleton<RememberedFilters>();
        services.AddSingleton<SearchQueries>();
        services.AddSingleton<TouchService>();
        services.AddSingleton<LeadAssignment>();
        services.AddSingleton<QualificationService>();
        services.AddSingleton<MqlInbox>();
        services.AddSingleton<MqlOutcomeQueries>();
        services.AddSingleton<MqlReviewQueries>();
        services.AddSingleton<HandoverService>();
        services.AddSingleton<Recycler>();
        services.AddSingleton<Reopening>();
        services.AddHostedService<ScoreRefreshJob>();
        services.AddHostedService<AssignmentJob>();
        services.AddSingleton<LeadIngestion>();
        services.AddOptions<IngestionWriterOptions>().BindConfiguration(IngestionWriterOptions.Section);
        services.AddSingleton<IngestionWriter>();
        services.AddSingleton<ReplyCodingService>();
        services.AddSingleton<ReplyInbox>();
        services.AddSingleton<CsvImport>();
        services.AddSingleton<LeadCsvExport>();
        services.AddMemoryCache();
        services.AddSingleton<BulkLeadActions>();
        services.AddSingleton<BulkExport>();
        services.AddIngestionApi();
        services.AddHostedService<RecyclingJob>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<NotificationInbox>();
        services.AddSingleton<NotificationScan>();
        services.AddHostedService<NotificationJob>();
        return services;
    }
}
