using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Funnel;

/// <summary>
/// The funnel for a cohort: leads created in the period, and how many of them ever reached each stage.
/// Counting "ever reached" (from the stage history) keeps conversion honest when leads later move on.
/// </summary>
public sealed class FunnelQueries(IDbContextFactory<SdrDbContext> contexts)
{
    public async Task<FunnelReport> CohortAsync(DateTime from, DateTime to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cohort = db.Leads.AsNoTracking().Where(l => l.CreatedAt >= from && l.CreatedAt < to).Select(l => l.Id);
        var reached = await db.StageChanges.AsNoTracking()
            .Where(c => cohort.Contains(c.LeadId))
            .GroupBy(c => c.To)
            .Select(g => new { Stage = g.Key, Leads = g.Select(c => c.LeadId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Stage, x => x.Leads, ct);
        var current = await db.Leads.AsNoTracking().Where(l => l.CreatedAt >= from && l.CreatedAt < to)
            .GroupBy(l => l.Stage).Select(g => new { Stage = g.Key, Leads = g.Count() })
            .ToDictionaryAsync(x => x.Stage, x => x.Leads, ct);

        var steps = new List<FunnelStep>();
        int? previous = null;
        foreach (var stage in LifecycleRules.Funnel)
        {
            var count = reached.GetValueOrDefault(stage);
            steps.Add(new FunnelStep(stage, count, previous is > 0 ? (double)count / previous.Value : null));
            previous = count;
        }
        var mql = reached.GetValueOrDefault(LifecycleStage.MQL);
        var sqlFromMql = mql == 0 ? (double?)null : (double)reached.GetValueOrDefault(LifecycleStage.SQL) / mql;
        return new FunnelReport(steps, Enum.GetValues<LifecycleStage>().ToDictionary(s => s, s => current.GetValueOrDefault(s)), sqlFromMql);
    }
}

public sealed record FunnelStep(LifecycleStage Stage, int Reached, double? ConversionFromPrevious);

public sealed record FunnelReport(IReadOnlyList<FunnelStep> Steps, IReadOnlyDictionary<LifecycleStage, int> CurrentStages, double? MqlToSql);
