using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SdrWorkspace.Bench.Harness;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Features.Scoring;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// The definition editor's what-if for a draft that lowers the MQL engagement threshold: every lead scored
/// under the current definition and the draft, from its stored engagement state (the draft keeps the half-life and
/// reply signals, so no events are read). Floor: a raw read of the same leads with their states.
/// </summary>
public static class WhatIfBenchmark
{
    public static async Task RunAsync(AppServices app, string path, int runs, Report report)
    {
        var contexts = app.Get<IDbContextFactory<SdrDbContext>>();
        var service = new DefinitionService(contexts, app.Definitions,
            new RescoreTracker(contexts, app.Get<LeadScoring>(), NullLogger<RescoreTracker>.Instance),
            new Notifier(contexts, new NotificationFeed(NullLogger<NotificationFeed>.Instance), TimeProvider.System, NullLogger<Notifier>.Instance), TimeProvider.System,
            NullLogger<DefinitionService>.Instance);
        var current = await app.Definitions.CurrentAsync();
        var draft = current with { Mql = current.Mql with { MinEngagement = Math.Max(0, current.Mql.MinEngagement - 10) } };
        var moves = 0;
        var measured = await Sample.TimeAsync(runs, async _ => moves = (await service.WhatIfAsync(AppServices.Manager(), draft))!.StageMoves);

        await using var connection = await Floors.OpenAsync(path);
        await using var leads = Floors.Prepare(connection,
            """
            SELECT l.Id, l.FirstName, l.LastName, l.Stage, l.StageChangedAt, l.CreatedAt, l.DoNotContact, l.Seniority, l."Function", l.BuyingRole,
                   l.FitScore, l.EngagementScore, l.Score, l.LastHighIntentAt, l.EngagementState, a.Industry, a.Employees, a.AnnualRevenue, a.Country
            FROM Leads l LEFT JOIN Accounts a ON a.Id = l.AccountId
            """, 0);
        var floor = await Sample.TimeAsync(runs, async _ => await Floors.DrainAsync(leads));
        report.Add(new Result($"What-if of a draft lowering the MQL threshold by 10 (every lead, twice scored)", "< 2 s", "ms", measured, floor,
            "raw SQL: read the same leads with their engagement states", measured.Median < 2000, $"{moves:N0} leads would change stage"));
    }
}
