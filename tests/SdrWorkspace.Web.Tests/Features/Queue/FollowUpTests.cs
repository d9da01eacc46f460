using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Queue;

/// <summary>
/// Follow-ups through the app: a touch logged through the touch service (the queue's keys, the lead page, the call
/// view) sets the next step by the cadence, and the queue brings the lead back when it is due, with the counts.
/// The clock is this class's own and moves forward only.
/// </summary>
public class FollowUpTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private FakeTimeProvider Clock => (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();
    private DateTime Now => Clock.GetUtcNow().UtcDateTime;
    private QueueService Queue => app.Services.GetRequiredService<QueueService>();
    private TouchService Touches => app.Services.GetRequiredService<TouchService>();

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<QueueRow?> RowOfAsync(ClaimsPrincipal sdr, int leadId) =>
        (await Queue.LoadAsync(sdr, new QueueFilter(), null, 10_000)).Rows.SingleOrDefault(r => r.LeadId == leadId);

    private async Task<Lead> LeadAsync(int id)
    {
        await using var db = app.CreateDbContext();
        return await db.Leads.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    [Fact]
    public async Task ANoAnswerBringsTheLeadBackAsADueFollowUpAtExactlyTheCadencesTimeAndNotBefore()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await app.AddMqlAsync(IdOf(sdr));
        var calledAt = Now;

        var logged = await Touches.LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.NoAnswer);

        Assert.True(logged.Succeeded, logged.Error);
        var due = SlaClock.AddWorkingDays(calledAt, 1);
        Assert.Equal((due, "Attempt 2 of 8 (last: no answer)"), ((await LeadAsync(leadId)).NextActionAt!.Value, (await LeadAsync(leadId)).NextActionNote!));
        Clock.SetUtcNow(due.AddMinutes(-1));
        Assert.Equal(QueueTier.ByScore, (await RowOfAsync(sdr, leadId))!.Tier);
        Clock.SetUtcNow(due);
        var back = (await RowOfAsync(sdr, leadId))!;
        Assert.Equal((QueueTier.FollowUpDue, "Follow-up due: Attempt 2 of 8 (last: no answer)", (DateTime?)due), (back.Tier, back.Reason, back.NextActionAt));
    }

    [Fact]
    public async Task ANewLeadIsDueAtOnceAndLoggingATouchMovesItFromTheDueCountToTomorrow()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await app.AddMqlAsync(IdOf(sdr));
        var before = await Queue.CountDueAsync(sdr, TimeZoneInfo.Utc);
        var fresh = (await RowOfAsync(sdr, leadId))!;
        // Due at once, counted as due, but ranked by its score among the other new leads (QueueRanking).
        Assert.Equal(QueueTier.ByScore, fresh.Tier);
        Assert.True(fresh.NextActionAt <= Now);
        Assert.Equal("First touch", (await LeadAsync(leadId)).NextActionNote);

        await Touches.LogAsync(sdr, leadId, TouchChannel.Email, TouchOutcome.Sent);

        var after = await Queue.CountDueAsync(sdr, TimeZoneInfo.Utc);
        var today = FollowUpDay.Of(Now, TimeZoneInfo.Utc);
        Assert.Equal(FollowUpState.Later, today.StateOf((await LeadAsync(leadId)).NextActionAt!.Value));
        Assert.Equal(before.Overdue + before.DueToday - 1, after.Overdue + after.DueToday);
    }

    [Fact]
    public async Task UndoingTheTouchMakesTheLeadDueAgain()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await app.AddMqlAsync(IdOf(sdr));
        await Touches.LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.LeftVoicemail);

        var undone = await Touches.UndoLastAsync(sdr, leadId);

        Assert.True(undone.Succeeded, undone.Error);
        var lead = await LeadAsync(leadId);
        Assert.Equal((Now, "First touch"), (lead.NextActionAt!.Value, lead.NextActionNote!));
        Assert.Equal(FollowUpState.DueToday, FollowUpDay.Of(Now, TimeZoneInfo.Utc).StateOf(lead.NextActionAt!.Value));
    }

    [Fact]
    public async Task ALeadBackFromNurtureStartsItsCadenceAfreshWhenTouchedAgain()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await app.AddMqlAsync(IdOf(sdr));
        for (var attempt = 0; attempt < 3; attempt++)
            Assert.True((await Touches.LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.NoAnswer)).Succeeded);
        await using (var db = app.CreateDbContext())
        {
            var lead = await db.Leads.Include(l => l.StageHistory).SingleAsync(l => l.Id == leadId);
            lead.MoveTo(new StageMove(LifecycleStage.Nurture, "test", "Not this quarter", 1, Now, DateOnly.FromDateTime(Now).AddDays(30)));
            Clock.Advance(TimeSpan.FromMinutes(1));
            lead.MoveTo(new StageMove(LifecycleStage.Lead, "test", "Asked for a demo", 1, Now));
            await db.SaveChangesAsync();
        }
        Clock.Advance(TimeSpan.FromMinutes(1));

        var logged = await Touches.LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.NoAnswer);

        Assert.True(logged.Succeeded, logged.Error);
        Assert.Equal("Attempt 2 of 8 (last: no answer)", (await LeadAsync(leadId)).NextActionNote);
    }

    [Theory]
    [InlineData(FollowUpState.Overdue)]
    [InlineData(FollowUpState.DueToday)]
    public async Task TheDueFilterShowsJustThoseFollowUpsAndAsManyAsTheCountSays(FollowUpState state)
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var counts = await Queue.CountDueAsync(sdr, Berlin);

        var shown = await Queue.LoadAsync(sdr, new QueueFilter(Due: state), null, 10_000, Berlin);

        var today = FollowUpDay.Of(Now, Berlin);
        Assert.Equal(state == FollowUpState.Overdue ? counts.Overdue : counts.DueToday, shown.Total);
        Assert.All(shown.Rows, r => Assert.Equal(state, today.StateOf(r.NextActionAt!.Value)));
    }

    [Fact]
    public async Task TheCountsAreTheViewersOwnWorkableLeadsByTheirCalendar()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(DemoUsers.All.First(u => u != DemoUsers.Sdr && u.Role == Roles.Sdr));
        var othersLead = await app.AddMqlAsync(IdOf(other));
        var today = FollowUpDay.Of(Now, Berlin);
        await using var db = app.CreateDbContext();
        var mine = await db.Leads.AsNoTracking().Where(l => l.OwnerId == IdOf(sdr) && l.NextActionAt != null).ToListAsync();
        var workable = mine.Where(l => QueueRanking.IsWorkable(new QueueCandidate(l.Id, l.Stage, l.DoNotContact, l.ReactivationOn, l.Score,
            l.LastHighIntentAt, l.LastHighIntentSignal, l.LastTouchAt, l.NextActionAt, l.NextActionNote, l.CadencePausedUntil), Now)).ToList();

        var counts = await Queue.CountDueAsync(sdr, Berlin);

        Assert.Equal(workable.Count(l => today.StateOf(l.NextActionAt!.Value) == FollowUpState.Overdue), counts.Overdue);
        Assert.Equal(workable.Count(l => today.StateOf(l.NextActionAt!.Value) == FollowUpState.DueToday), counts.DueToday);
        Assert.DoesNotContain(othersLead, (await Queue.LoadAsync(sdr, new QueueFilter(Due: FollowUpState.DueToday), null, 10_000, Berlin)).Rows.Select(r => r.LeadId));
    }
}
