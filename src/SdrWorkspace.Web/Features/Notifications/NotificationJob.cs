using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Notifications;

/// <summary>
/// Runs <see cref="NotificationScan"/> as soon as a lead changes (so a new hot lead or MQL reaches its owner's
/// bell at once) and on a short interval, which is also what catches an SLA entering its last fifth.
/// </summary>
public sealed class NotificationJob(NotificationScan scan, LeadChangeFeed leads, IConfiguration configuration, ILogger<NotificationJob> logger)
    : BackgroundService
{
    private static readonly TimeSpan MinimumGap = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Notifications:IntervalSeconds", 20));
        // Many changes at once (an import) wake one scan.
        using var subscription = leads.Subscribe(_ =>
        {
            if (_wake.CurrentCount == 0)
                _wake.Release();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(interval, stoppingToken);
                await scan.RunAsync(stoppingToken);
                // Changes during a busy minute (an import) are looked at together, not once per batch.
                await Task.Delay(MinimumGap, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Looking for notifications failed; retrying at the next interval");
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
