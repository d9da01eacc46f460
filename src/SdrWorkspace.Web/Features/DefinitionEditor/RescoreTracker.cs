using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Scoring;

namespace SdrWorkspace.Web.Features.DefinitionEditor;

/// <summary>How far re-scoring under a newly adopted version has got; once finished, what it changed.</summary>
public sealed record RescoreProgress(int Version, int Scored, int Total, bool Finished, DefinitionImpact? Impact = null, string? Error = null)
{
    public double Share => Total == 0 ? 1 : Math.Min(1, (double)Scored / Total);
}

/// <summary>
/// Re-scores every lead after an adoption, in the background (a page may close; the work goes on), and tells
/// whoever watches how far it has got. One run at a time: a newer adoption waits for the run before it.
/// </summary>
public sealed class RescoreTracker(IDbContextFactory<SdrDbContext> contexts, LeadScoring scoring, ILogger<RescoreTracker> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private volatile RescoreProgress? _latest;

    public RescoreProgress? Latest => _latest;

    public event Action<RescoreProgress>? Changed;

    /// <summary>Starts re-scoring and returns the run, for callers (tests) that wait for it to finish.</summary>
    public Task Start(int version) => Task.Run(() => RunAsync(version));

    private async Task RunAsync(int version)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            var before = await LeadsAsync();
            Publish(new RescoreProgress(version, 0, before.Count, false));
            var total = before.Count;
            var skipped = new HashSet<int>();
            await scoring.RescoreAllAsync(progress: new Progress(this, version, total), skipped: skipped);
            var missed = await CatchUpAsync(version, skipped);
            var impact = await ImpactAsync(version, before, await LeadsAsync());
            Publish(new RescoreProgress(version, total, total, true, impact,
                missed == 0 ? null : $"{total - missed:N0} of {total:N0} leads re-scored under version {version}; {missed:N0} were being changed by others and follow at the next refresh."));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Re-scoring under version {Version} failed; the periodic refresh will catch up", version);
            Publish(new RescoreProgress(version, _latest?.Scored ?? 0, _latest?.Total ?? 0, true, Error: "Re-scoring stopped with an error; the periodic refresh will finish it."));
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private sealed record LeadState(LifecycleStage Stage, int Score);

    private async Task<Dictionary<int, LeadState>> LeadsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Leads.AsNoTracking().ToDictionaryAsync(l => l.Id, l => new LeadState(l.Stage, l.Score));
    }

    /// <summary>
    /// The leads that changed stage, score and priority band, as the what-if counted them before the adoption: bands
    /// before under the version it replaced, after under the new one.
    /// </summary>
    private async Task<DefinitionImpact> ImpactAsync(int version, Dictionary<int, LeadState> before, Dictionary<int, LeadState> after)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var versions = (await db.DefinitionVersions.AsNoTracking().Where(v => v.Version <= version).OrderByDescending(v => v.Version).Take(2)
            .Select(v => v.Json).ToListAsync()).Select(DefinitionJson.Deserialize).ToList();
        var (bandsAfter, bandsBefore) = (versions[0].Priority, versions[^1].Priority);
        var impact = new DefinitionImpact.Counter();
        foreach (var (id, was) in before)
        {
            if (after.TryGetValue(id, out var now))
                impact.Add(was.Stage, was.Score, bandsBefore.BandOf(was.Score), now.Stage, now.Score, bandsAfter.BandOf(now.Score));
        }
        return impact.Result();
    }

    /// <summary>
    /// A lead someone changed meanwhile is skipped by the pass (their save stands); those leads are re-scored one by
    /// one here, so the adoption reaches every lead. Returns how many could still not be re-scored.
    /// </summary>
    private async Task<int> CatchUpAsync(int version, HashSet<int> skipped)
    {
        for (var round = 0; round < 3 && skipped.Count > 0; round++)
        {
            var behind = skipped.ToList();
            skipped.Clear();
            foreach (var id in behind)
            {
                if (!await scoring.RescoreAsync(id))
                    skipped.Add(id);
            }
        }
        if (skipped.Count > 0)
            logger.LogInformation("{Count} leads were being changed by others while version {Version} was adopted; the refresh re-scores them", skipped.Count, version);
        return skipped.Count;
    }

    private void Publish(RescoreProgress progress)
    {
        _latest = progress;
        Changed?.Invoke(progress);
    }

    /// <summary>Reports synchronously (unlike <see cref="Progress{T}"/>), so the figures arrive in order.</summary>
    private sealed class Progress(RescoreTracker tracker, int version, int total) : IProgress<int>
    {
        public void Report(int scored) => tracker.Publish(new RescoreProgress(version, scored, total, false));
    }
}
