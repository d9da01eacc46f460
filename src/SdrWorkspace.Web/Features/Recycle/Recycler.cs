using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Recycle;

public sealed record RecycledLead(int LeadId, string Name, LifecycleStage From, LifecycleStage To, DateTime At, string Reason, DateOnly? ReactivationOn);

public sealed record RecyclingPass(int Recycled, int Reactivated);

/// <summary>
/// Applies <see cref="Recycling"/> to every lead it may concern: spent cadences leave the queue (to nurture
/// or out), nurtured leads whose date has come return to it. Each lead is saved on its own, so a lead
/// someone is working on at that moment is skipped (its revision moved) and picked up by the next pass.
/// </summary>
public sealed class Recycler(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadChangeFeed feed, TimeProvider clock)
{
    public async Task<RecyclingPass> RunAsync(CancellationToken ct = default)
    {
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var cadenceStages = Recycling.CadenceStages.ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touched = await db.Leads.AsNoTracking()
            .Where(l => cadenceStages.Contains(l.Stage) && !l.DoNotContact && l.LastTouchAt != null)
            .Select(l => l.Id).ToListAsync(ct);
        var due = await db.Leads.AsNoTracking()
            .Where(l => l.Stage == LifecycleStage.Nurture && l.ReactivationOn <= today)
            .Select(l => l.Id).ToListAsync(ct);

        var touches = (await db.Touches.AsNoTracking().Where(t => touched.Contains(t.LeadId)).Select(t => new { t.LeadId, t.At, t.Outcome }).ToListAsync(ct))
            .ToLookup(t => t.LeadId, t => (t.At, IsResponse: Touch.IsResponseOutcome(t.Outcome)));
        var recycled = 0;
        // Only leads whose whole cadence is spent are loaded: fewer touches (those since a reactivation) never spend it sooner.
        foreach (var id in touched.Where(id => CadenceEvaluator.Evaluate(definition.Cadence, touches[id].ToList(), now).Phase == CadencePhase.Exhausted))
        {
            if (await ApplyAsync(id, lead => Recycling.RecycleIfSpent(lead, definition, touches[id], now), now, ct))
                recycled++;
        }
        var reactivated = 0;
        foreach (var id in due)
        {
            if (await ApplyAsync(id, lead => Recycling.ReactivateIfDue(lead, definition.Version, now), now, ct))
                reactivated++;
        }
        return new RecyclingPass(recycled, reactivated);
    }

    /// <summary>What was recycled or reactivated lately, and why, for managers.</summary>
    public async Task<IReadOnlyList<RecycledLead>> RecentAsync(int days, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.StageChanges.AsNoTracking()
            .Where(c => c.Actor == Recycling.Actor && c.At >= since)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Take(500)
            .Select(c => new RecycledLead(
                c.LeadId, db.Leads.Where(l => l.Id == c.LeadId).Select(l => l.FirstName + " " + l.LastName).First(),
                c.From ?? LifecycleStage.Lead, c.To, c.At, c.Reason,
                c.To == LifecycleStage.Nurture ? db.Leads.Where(l => l.Id == c.LeadId).Select(l => l.ReactivationOn).First() : null))
            .ToListAsync(ct);
    }

    private async Task<bool> ApplyAsync(int leadId, Func<Lead, StageChange?> move, DateTime now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Include(l => l.StageHistory).FirstAsync(l => l.Id == leadId, ct);
        if (move(lead) is null)
            return false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, LeadChangeKind.Stage, now));
        return true;
    }
}
