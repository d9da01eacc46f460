using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Features.Recycle;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data.Seeding;

/// <summary>
/// Freshly generated demo data is a state the app's own rules agree with: every background job, run once at the
/// instant the data was generated, changes nothing. Only time passing may move leads.
/// </summary>
public class DemoDataAgreesWithTheRulesTests(DemoDataAgreesWithTheRulesTests.Workspace app) : IClassFixture<DemoDataAgreesWithTheRulesTests.Workspace>
{
    /// <summary>The jobs the app runs in the background; the test runs each itself, once.</summary>
    private static readonly Type[] Jobs = [typeof(ScoreRefreshJob), typeof(AssignmentJob), typeof(RecyclingJob), typeof(NotificationJob)];

    /// <summary>Demo data as generated, with the app's background jobs held back so the test runs them.</summary>
    public sealed class Workspace() : SdrWorkspaceFactory(new DemoDataSize(true, Leads: 400, Accounts: 40))
    {
        public List<Type> HeldBack { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                foreach (var job in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(Program).Assembly).ToList())
                {
                    HeldBack.Add(job.ImplementationType!);
                    services.Remove(job);
                }
            });
        }
    }

    private sealed record LeadState(LifecycleStage Stage, string? OwnerId, int Fit, int Engagement, int Score, int DefinitionVersion);

    private async Task<(Dictionary<int, LeadState> Leads, int Moves)> StateAsync()
    {
        await using var db = app.CreateDbContext();
        var leads = await db.Leads.AsNoTracking()
            .ToDictionaryAsync(l => l.Id, l => new LeadState(l.Stage, l.OwnerId, l.FitScore, l.EngagementScore, l.Score, l.DefinitionVersion));
        return (leads, await db.StageChanges.CountAsync());
    }

    private static string Differences(Dictionary<int, LeadState> before, Dictionary<int, LeadState> after) =>
        string.Join("; ", before.Where(b => after[b.Key] != b.Value).Take(5).Select(b => $"lead {b.Key}: {b.Value} -> {after[b.Key]}"));

    [Fact]
    public async Task EveryBackgroundJobRunAtTheInstantOfGenerationChangesNothing()
    {
        var generated = await StateAsync();
        Assert.Equal(Jobs.Select(j => j.Name).Order(), app.HeldBack.Select(j => j.Name).Order());

        var recycling = await app.Services.GetRequiredService<Recycler>().RunAsync();
        var afterRecycling = await StateAsync();
        var assigned = await app.Services.GetRequiredService<LeadAssignment>().AssignUnownedAsync();
        var afterAssignment = await StateAsync();
        var rescored = await app.Services.GetRequiredService<LeadScoring>().RescoreAllAsync();
        var afterScoring = await StateAsync();
        // Notifying tells people of the demo's news; it must leave every lead as it was.
        await app.Services.GetRequiredService<NotificationScan>().RunAsync();
        var afterNotifying = await StateAsync();

        Assert.True(generated.Leads.Count >= 400, $"{generated.Leads.Count} leads");
        Assert.True((recycling.Recycled, recycling.Reactivated, afterRecycling.Moves) == (0, 0, generated.Moves),
            $"recycling moved {recycling.Recycled} and reactivated {recycling.Reactivated}: {Differences(generated.Leads, afterRecycling.Leads)}");
        Assert.True(assigned == 0, $"assignment gave {assigned} leads an owner: {Differences(afterRecycling.Leads, afterAssignment.Leads)}");
        Assert.True(rescored == 0 && afterScoring.Moves == afterAssignment.Moves,
            $"score refresh changed {rescored} leads: {Differences(afterAssignment.Leads, afterScoring.Leads)}");
        Assert.True(afterNotifying.Moves == afterScoring.Moves && Differences(afterScoring.Leads, afterNotifying.Leads) == "",
            $"the notification scan changed leads: {Differences(afterScoring.Leads, afterNotifying.Leads)}");
    }
}
