namespace SdrWorkspace.Web.Features.Scoring;

/// <summary>Re-scores all leads at start-up and then periodically, so decayed engagement shows in the lists.</summary>
public sealed class ScoreRefreshJob(LeadScoring scoring, IConfiguration configuration, TimeProvider clock, ILogger<ScoreRefreshJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(configuration.GetValue("Scoring:RefreshMinutes", 15));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                var started = clock.GetTimestamp();
                var changed = await scoring.RescoreAllAsync(stoppingToken);
                logger.LogInformation("Re-scored leads: {Changed} changed in {Elapsed}", changed, clock.GetElapsedTime(started));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Re-scoring failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
