namespace SdrWorkspace.Web.Features.Recycle;

/// <summary>
/// Recycles spent cadences and brings nurtured leads back on their date. It waits one interval before the
/// first pass, so start-up (and a test host with a stopped clock) sees the data as it was left.
/// </summary>
public sealed class RecyclingJob(Recycler recycler, IConfiguration configuration, TimeProvider clock, ILogger<RecyclingJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Recycling:IntervalMinutes", 15)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var pass = await recycler.RunAsync(stoppingToken);
                if (pass.Recycled + pass.Reactivated > 0)
                    logger.LogInformation("Recycled {Recycled} leads, reactivated {Reactivated}", pass.Recycled, pass.Reactivated);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recycling leads failed; retrying at the next interval");
            }
        }
    }
}
