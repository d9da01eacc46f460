using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Assignment;

/// <summary>
/// Runs the assignment rule when a new lead arrives (API, import) and on a short interval as a safety
/// net, so no new lead sits unowned.
/// </summary>
public sealed class AssignmentJob(
    LeadAssignment assignment, LeadChangeFeed feed, IConfiguration configuration, ILogger<AssignmentJob> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Assignment:IntervalSeconds", 15));
        using var subscription = feed.Subscribe(change =>
        {
            if (change.Kind == LeadChangeKind.Created && change.OwnerId is null && _wake.CurrentCount == 0)
                _wake.Release();
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var assigned = await assignment.AssignUnownedAsync(stoppingToken);
                if (assigned > 0)
                    logger.LogInformation("Assigned {Count} new leads", assigned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Assigning leads failed; retrying at the next interval");
            }
            try
            {
                await _wake.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
