namespace SdrWorkspace.Web.Features.Assignment;

/// <summary>Runs the assignment rule often, so no new lead sits unowned for long.</summary>
public sealed class AssignmentJob(LeadAssignment assignment, IConfiguration configuration, TimeProvider clock, ILogger<AssignmentJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Assignment:IntervalSeconds", 15)), clock);
        do
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
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
