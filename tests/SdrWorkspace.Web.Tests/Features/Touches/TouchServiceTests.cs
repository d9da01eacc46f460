using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Touches;

public class TouchServiceTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private TouchService Touches => app.Services.GetRequiredService<TouchService>();

    [Fact]
    public async Task LoggingACallAnswersAWaitingHandRaise()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var queue = app.Services.GetRequiredService<QueueService>();
        var waiting = (await queue.LoadAsync(sdr, new QueueFilter(), null, 10_000)).Rows.First(r => r.Tier == QueueTier.SpeedToLead);

        var result = await Touches.LogAsync(sdr, waiting.LeadId, TouchChannel.Call, TouchOutcome.LeftVoicemail, "Left a message about the demo");

        Assert.True(result.Succeeded, result.Error);
        await using var db = app.CreateDbContext();
        var touch = await db.Touches.Where(t => t.LeadId == waiting.LeadId).OrderByDescending(t => t.Id).FirstAsync();
        Assert.Equal((TouchChannel.Call, TouchOutcome.LeftVoicemail, "Left a message about the demo"), (touch.Channel, touch.Outcome, touch.Note));
        Assert.Equal(SdrWorkspaceFactory.Now, (await db.Leads.FirstAsync(l => l.Id == waiting.LeadId)).LastTouchAt);
        var after = (await queue.LoadAsync(sdr, new QueueFilter(), null, 10_000)).Rows.First(r => r.LeadId == waiting.LeadId);
        Assert.NotEqual(QueueTier.SpeedToLead, after.Tier);
    }

    [Fact]
    public async Task AnSdrCannotLogATouchOnAnotherSdrsLead()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var othersLead = await db.Leads.Where(l => l.OwnerId != null && l.OwnerId != IdOf(sdr)).Select(l => l.Id).FirstAsync();
        var touchesBefore = await db.Touches.CountAsync(t => t.LeadId == othersLead);

        var result = await Touches.LogAsync(sdr, othersLead, TouchChannel.Email, TouchOutcome.Sent);

        Assert.False(result.Succeeded);
        Assert.Equal("This lead does not exist or is not yours to work.", result.Error);
        Assert.Equal(touchesBefore, await db.Touches.CountAsync(t => t.LeadId == othersLead));
    }

    [Fact]
    public async Task ANextStepInThePastIsRefusedAndOneAheadIsKept()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Where(l => l.OwnerId == IdOf(sdr)).Select(l => l.Id).FirstAsync();

        var past = await Touches.PlanNextActionAsync(sdr, lead, SdrWorkspaceFactory.Now.AddDays(-1), "too late");
        var ahead = await Touches.PlanNextActionAsync(sdr, lead, SdrWorkspaceFactory.Now.AddDays(2), "Send the case study");

        Assert.Equal("The next action must be in the future.", past.Error);
        Assert.True(ahead.Succeeded);
        await using var check = app.CreateDbContext();
        var stored = await check.Leads.FirstAsync(l => l.Id == lead);
        Assert.Equal((SdrWorkspaceFactory.Now.AddDays(2), "Send the case study"), (stored.NextActionAt!.Value, stored.NextActionNote));
    }

    [Fact]
    public async Task UndoTakesBackTheTouchJustLoggedAndTheLeadsLastTouchWithIt()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Where(l => l.OwnerId == IdOf(sdr) && !l.DoNotContact).OrderByDescending(l => l.Id).FirstAsync();
        var touchesBefore = await db.Touches.CountAsync(t => t.LeadId == lead.Id);
        await Touches.LogAsync(sdr, lead.Id, TouchChannel.Call, TouchOutcome.NoAnswer);

        var undone = await Touches.UndoLastAsync(sdr, lead.Id);

        Assert.True(undone.Succeeded, undone.Error);
        await using var check = app.CreateDbContext();
        Assert.Equal(touchesBefore, await check.Touches.CountAsync(t => t.LeadId == lead.Id));
        Assert.Equal(lead.LastTouchAt, (await check.Leads.FirstAsync(l => l.Id == lead.Id)).LastTouchAt);
    }

    [Fact]
    public async Task OnlyTheTouchJustLoggedCanBeUndoneNotAnOlderOne()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Where(l => l.OwnerId == IdOf(sdr) && db.Touches.Any(t => t.LeadId == l.Id)).Select(l => l.Id).FirstAsync();
        var touchesBefore = await db.Touches.CountAsync(t => t.LeadId == lead);

        var undone = await Touches.UndoLastAsync(sdr, lead);

        Assert.Equal("Only the touch you just logged can be undone.", undone.Error);
        Assert.Equal(touchesBefore, await db.Touches.CountAsync(t => t.LeadId == lead));
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
