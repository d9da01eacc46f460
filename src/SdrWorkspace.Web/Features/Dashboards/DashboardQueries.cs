using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Mqls;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// The managers' and marketing's dashboards: every figure with the leads behind it, computed from the rows
/// of one filter in a handful of queries. Marketing gets the funnel, acceptance, sources and campaigns,
/// calibration and trends; managers also get the rep-level sections.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<SdrDbContext> contexts, MqlOutcomeQueries mqls, DefinitionStore definitions, TimeProvider clock)
{
    public static bool CanView(ClaimsPrincipal user) => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Marketing);

    public static bool SeesReps(ClaimsPrincipal user) => user.IsInRole(Roles.Manager);

    public const string RepFilterRefused = "Only managers narrow the dashboards to one rep.";

    /// <summary>Narrowing to one rep is a rep-level figure: managers only, whichever way the filter arrives.</summary>
    public static bool MayFilter(ClaimsPrincipal user, DashboardFilter filter) => filter.OwnerId is null || SeesReps(user);

    public async Task<DashboardReport> ReportAsync(ClaimsPrincipal viewer, DashboardFilter filter, CancellationToken ct = default)
    {
        if (!CanView(viewer))
            throw new UnauthorizedAccessException("The dashboards are for managers and marketing.");
        if (!MayFilter(viewer, filter))
            throw new UnauthorizedAccessException(RepFilterRefused);
        var period = mqls.InPeriodAsync(filter.From, filter.To, filter.Apply, ct);
        var definition = await definitions.CurrentAsync(ct);
        var data = await DashboardData.LoadAsync(contexts, filter, definition.HandRaiseTypes, ct);
        var figures = new FigureSet();

        var cohort = new CohortFigures(data, figures);
        var manager = SeesReps(viewer)
            ? new ActivityFigures(data, filter, definition, clock.GetUtcNow().UtcDateTime, figures).Sections(cohort.MovedOnBy())
            : null;
        return new DashboardReport(
            cohort.Funnel(), cohort.Acceptance(await period), cohort.Segments("source", l => l.Source), cohort.Segments("campaign", l => l.Campaign ?? "(no campaign)"),
            cohort.Calibration(), cohort.Trends(filter), manager, figures);
    }

    /// <summary>The drill-down of one figure: its leads, or null when the viewer may not see it.</summary>
    public async Task<Figure?> FigureAsync(ClaimsPrincipal viewer, DashboardFilter filter, string key, CancellationToken ct = default) =>
        (await ReportAsync(viewer, filter, ct)).Figures.Find(key);

    /// <summary>The first leads of a drill-down, highest score first, as far as the viewer may see them.</summary>
    public async Task<IReadOnlyList<DrillRow>> LeadsAsync(ClaimsPrincipal viewer, IReadOnlyList<int> leadIds, int max, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Leads.AsNoTracking().Where(LeadAccess.VisibleTo(viewer)).Where(l => leadIds.Contains(l.Id))
            .OrderByDescending(l => l.Score).ThenBy(l => l.Id).Take(max)
            .Select(l => new DrillRow(l.Id, l.FirstName + " " + l.LastName, l.Account!.Name, l.Stage, l.Score, l.Source,
                db.Users.Where(u => u.Id == l.OwnerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>Who owns leads, for the rep filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> RepsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var owners = db.Leads.Where(l => l.OwnerId != null).Select(l => l.OwnerId).Distinct();
        return (await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();
    }

    public async Task<IReadOnlyList<string>> CampaignsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Leads.AsNoTracking().Where(l => l.Campaign != null).Select(l => l.Campaign!).Distinct().OrderBy(c => c).ToListAsync(ct);
    }
}

public sealed record DrillRow(int Id, string Name, string? Company, LifecycleStage Stage, int Score, string Source, string? Owner);
