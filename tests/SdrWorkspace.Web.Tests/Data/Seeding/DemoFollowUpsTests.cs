using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data.Seeding;

/// <summary>The demo's follow-ups: every open lead has its next step, and the demo SDR has a realistic handful due.</summary>
public class DemoFollowUpsTests(DemoWorkspace app) : IClassFixture<DemoWorkspace>
{
    [Fact]
    public async Task EveryOpenDemoLeadHasItsNextStepAndNoOtherHasOne()
    {
        await using var db = app.CreateDbContext();
        var leads = await db.Leads.AsNoTracking().Select(l => new { l.Stage, l.DoNotContact, l.NextActionAt }).ToListAsync();

        var open = leads.Where(l => l.Stage is LifecycleStage.Lead or LifecycleStage.MQL or LifecycleStage.SAL && !l.DoNotContact).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, l => Assert.NotNull(l.NextActionAt));
        Assert.All(leads.Except(open), l => Assert.Null(l.NextActionAt));
    }

    [Fact]
    public async Task TheDemoSdrHasAHandfulOverdueAndDueTodayNotTheirWholeBook()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var open = await db.Leads.CountAsync(l => l.OwnerId == sdr.FindFirstValue(ClaimTypes.NameIdentifier) && l.NextActionAt != null);

        var counts = await app.Services.GetRequiredService<QueueService>().CountDueAsync(sdr, TimeZoneInfo.Utc);

        Assert.InRange(counts.Overdue, 1, open / 4);
        Assert.InRange(counts.DueToday, 1, open / 4);
    }
}
