namespace SdrWorkspace.Web.Features.Scoring;

/// <summary>
/// Keeps decayed engagement showing in the lists without a whole-table pass: it goes through the leads in id order a
/// slice at a time (<c>Scoring:RefreshSliceLeads</c>, 2,000 by default), scoring each from its stored state, with the
/// slices spread so that every lead is visited about once per <c>Scoring:RefreshMinutes</c> (15 by default). Nothing
/// heavier runs at start-up: the app serves at once, and leads without a state (old databases, demo data) get one as
/// their slice comes, or sooner when an event arrives or someone opens them.
/// </summary>
public sealed class ScoreRefreshJob(LeadScoring scoring, IConfiguration configuration, TimeProvider clock, ILogger<ScoreRefreshJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Scoring:RefreshMinutes", 15.0));
        var slice = Math.Max(1, configuration.GetValue("Scoring:RefreshSliceLeads", 2_000));
        var pause = interval;
        var (afterId, slices, changed) = (0, 0, 0);
        var round = clock.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Paced at the start of each round by how many slices it will take to visit every lead.
                if (afterId == 0)
                    pause = interval / Math.Max(1.0, Math.Ceiling((double)await scoring.LeadCountAsync(stoppingToken) / slice));
                var (last, changedNow) = await scoring.RefreshSliceAsync(afterId, slice, stoppingToken);
                changed += changedNow;
                slices++;
                if (last is { } id)
                    afterId = id;
                else
                {
                    logger.LogInformation("Refreshed every lead's score in {Slices} slices: {Changed} changed in {Elapsed}",
                        slices, changed, clock.GetElapsedTime(round));
                    (afterId, slices, changed, round) = (0, 0, 0, clock.GetTimestamp());
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refreshing scores failed; retrying at the next slice");
            }
            await Task.Delay(pause, clock, stoppingToken);
        }
    }
}
