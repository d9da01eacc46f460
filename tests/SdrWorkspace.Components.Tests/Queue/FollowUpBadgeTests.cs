using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Queue;

/// <summary>The navigation's follow-up counts next to "My queue".</summary>
public class FollowUpBadgeTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private QueueService Queue => App.Services.GetRequiredService<QueueService>();

    private static string Label(IRenderedComponent<FollowUpBadge> badge) => badge.Find("[data-testid=followup-badge]").GetAttribute("aria-label")!;

    [Fact]
    public async Task TheBadgeSaysHowManyFollowUpsAreOverdueAndDueToday()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var counts = await Queue.CountDueAsync(sdr, TimeZoneInfo.Utc);

        var badge = Context.Render<FollowUpBadge>();

        badge.WaitForAssertion(() => Assert.Equal($"{counts.Overdue} overdue, {counts.DueToday} due today", Label(badge)));
        Assert.Equal(counts.Overdue.ToString(), badge.Find("[data-testid=nav-overdue]").TextContent.Trim());
        Assert.Equal(counts.DueToday.ToString(), badge.Find("[data-testid=nav-due-today]").TextContent.Trim());
    }

    [Fact]
    public async Task LoggingATouchOnADueLeadLowersTheCountAtOnce()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var leadId = await App.AddMqlAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var before = await Queue.CountDueAsync(sdr, TimeZoneInfo.Utc);
        var badge = Context.Render<FollowUpBadge>();
        badge.WaitForAssertion(() => Assert.Equal($"{before.Overdue} overdue, {before.DueToday} due today", Label(badge)));

        var logged = await App.Services.GetRequiredService<TouchService>().LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.NoAnswer);

        Assert.True(logged.Succeeded, logged.Error);
        badge.WaitForAssertion(() => Assert.Equal($"{before.Overdue} overdue, {before.DueToday - 1} due today", Label(badge)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AnotherSdrsTouchLeavesMyCountsAlone()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var alex = await App.PrincipalOfAsync(DemoUsers.All.First(u => u.Email.StartsWith("alex.chen")));
        var alexsLead = await App.AddMqlAsync(alex.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var badge = Context.Render<FollowUpBadge>();
        var before = await Queue.CountDueAsync(sdr, TimeZoneInfo.Utc);
        badge.WaitForAssertion(() => Assert.Equal($"{before.Overdue} overdue, {before.DueToday} due today", Label(badge)));

        await App.Services.GetRequiredService<TouchService>().LogAsync(alex, alexsLead, TouchChannel.Email, TouchOutcome.Sent);

        Assert.Equal($"{before.Overdue} overdue, {before.DueToday} due today", Label(badge));
    }

    [Fact]
    public async Task SomeoneWithNothingDueSeesNoBadge()
    {
        await SignInAsync(DemoUsers.Marketing);

        var badge = Context.Render<FollowUpBadge>();

        Assert.Empty(badge.FindAll("[data-testid=followup-badge]"));
    }
}
