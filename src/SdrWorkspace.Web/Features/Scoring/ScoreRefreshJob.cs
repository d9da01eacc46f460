namespace SdrWorkspace.Web.Features.Scoring;

/// <summary>
/// Keeps decayed engagement showing in the lists without a whole-table pass: every few seconds it re-scores a slice
/// of the leads checked longest ago (<c>Scoring:RefreshSliceLeads</c>, 2,000 by default), from their stored states,
/// so that every lead is visited about once per <c>Scoring:RefreshMinutes</c> (15 by default). Nothing runs at start-up
/// beyond the first slice: the app serves at once, and leads without a state (old databases, demo data) get one as
/// their slice comes, never-checked first.
/// </summary>
public sealed class ScoreRefreshJob(LeadScoring scoring, IConfiguration configuration, TimeProvider clock, ILogger<ScoreRefreshJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Scoring:RefreshMinutes", 15.0));
        var slice = Math.Max(1, configuration.GetValue("Scoring:RefreshSliceLeads", 2_000));
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = interval;
            try
            {
                var started = clock.GetTimestamp();
                var (leads, changed) = await scoring.RefreshOldestAsync(slice, stoppingToken);
                // Spread over the interval: as many slices as it takes to visit every lead once.
                pause = leads == 0 ? interval : interval / Math.Max(1.0, Math.Ceiling((double)leads / slice));
                logger.LogDebug("Refreshed the scores of {Slice} leads checked longest ago: {Changed} changed in {Elapsed}",
                    slice, changed, clock.GetElapsedTime(started));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refreshing scores failed; retrying at the next slice");
            }
            await Task.Delay(pause, clock, stoppingToken);
        }
    }
}
