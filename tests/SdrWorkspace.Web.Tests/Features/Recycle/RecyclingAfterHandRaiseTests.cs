using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Recycle;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Recycle;

/// <summary>Defect: one recycling pass sent MQLs with a demo request minutes old to nurture for an old, spent cadence.</summary>
public class RecyclingAfterHandRaiseTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private FakeTimeProvider Clock => (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task AFreshDemoRequestKeepsTheLeadOutOfRecyclingUntilAFreshCadenceAfterItIsSpent()
    {
        var lead = await MqlWithSpentCadenceAsync();
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "dev-sdr-workspace-key-change-me");
        var posted = await api.PostAsJsonAsync("/api/v1/events",
            new { events = new[] { new { eventId = $"fresh-demo-{lead.Id}", email = lead.Email, type = "demo_request", occurredAt = Now.AddMinutes(-10) } } });
        posted.EnsureSuccessStatusCode();
        var recycler = app.Services.GetRequiredService<Recycler>();

        await recycler.RunAsync();
        Assert.Equal(LifecycleStage.MQL, await StageAsync(lead.Id));

        Clock.Advance(TimeSpan.FromHours(1));
        await TouchAsync(lead, Now);
        Clock.Advance(TimeSpan.FromDays(20));
        await recycler.RunAsync();
        Assert.Equal(LifecycleStage.MQL, await StageAsync(lead.Id));

        Clock.Advance(TimeSpan.FromDays(10));
        await recycler.RunAsync();
        Assert.Equal(LifecycleStage.Nurture, await StageAsync(lead.Id));
    }

    /// <summary>An MQL created weeks ago whose only cadence is seven unanswered touches over 39 days.</summary>
    private async Task<Lead> MqlWithSpentCadenceAsync()
    {
        await using var db = app.CreateDbContext();
        var longAgo = Now.AddDays(-45);
        var lead = await db.Leads.Where(l => l.Stage == LifecycleStage.MQL && !l.DoNotContact && l.OwnerId != null && l.FitScore >= 60
                && l.CreatedAt < longAgo && !l.StageHistory.Any(c => c.From == LifecycleStage.Nurture || c.From == LifecycleStage.Disqualified))
            .OrderBy(l => l.Id).FirstAsync();
        await db.Touches.Where(t => t.LeadId == lead.Id).ExecuteDeleteAsync();
        for (var i = 0; i < 7; i++)
            await TouchAsync(lead, Now.AddDays(-39 + 6 * i));
        return lead;
    }

    private async Task TouchAsync(Lead lead, DateTime at)
    {
        await using var db = app.CreateDbContext();
        var tracked = await db.Leads.SingleAsync(l => l.Id == lead.Id);
        var touch = new Touch(lead.Id, TouchChannel.Email, TouchOutcome.Sent, at, lead.OwnerId!);
        db.Touches.Add(touch);
        tracked.RecordTouch(touch);
        await db.SaveChangesAsync();
    }

    private async Task<LifecycleStage> StageAsync(int leadId)
    {
        await using var db = app.CreateDbContext();
        return await db.Leads.Where(l => l.Id == leadId).Select(l => l.Stage).SingleAsync();
    }
}
