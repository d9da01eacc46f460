using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Recycle;
using SdrWorkspace.Web.Features.Reopen;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Handover;

public class RecyclingAndReopeningTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(SdrWorkspaceFactory.Now);

    [Fact]
    public async Task ThePassRecyclesSpentCadencesAndBringsBackNurturedLeadsWhoseDateHasCome()
    {
        await using var setup = app.CreateDbContext();
        // A lead on its first cadence, older than the touches below: a cadence counts only touches since the lead came (back).
        var spent = await setup.Leads.Where(l => l.Stage == LifecycleStage.Lead && !l.DoNotContact && l.OwnerId != null && l.FitScore >= 60
                && l.CreatedAt < SdrWorkspaceFactory.Now.AddDays(-22)
                && !setup.StageChanges.Any(c => c.LeadId == l.Id && (c.From == LifecycleStage.Nurture || c.From == LifecycleStage.Disqualified)))
            .OrderBy(l => l.Id).FirstAsync();
        for (var i = 0; i < 10; i++)
        {
            var touch = new Touch(spent.Id, TouchChannel.Email, TouchOutcome.Sent, SdrWorkspaceFactory.Now.AddDays(-21 + 2 * i), spent.OwnerId!);
            setup.Touches.Add(touch);
            spent.RecordTouch(touch);
        }
        await setup.SaveChangesAsync();
        var nurtured = await setup.Leads.Where(l => l.Stage == LifecycleStage.Nurture && l.ReactivationOn > Today).Select(l => l.Id).FirstAsync();
        await setup.Database.ExecuteSqlAsync($"UPDATE Leads SET ReactivationOn = {Today.ToString("yyyy-MM-dd")} WHERE Id = {nurtured}");

        // The demo company's own recycling of the last day is listed too.
        var recentBefore = (await app.Services.GetRequiredService<Recycler>().RecentAsync(1)).Count;

        var pass = await app.Services.GetRequiredService<Recycler>().RunAsync();

        await using var db = app.CreateDbContext();
        var recycled = await db.Leads.SingleAsync(l => l.Id == spent.Id);
        Assert.Equal((LifecycleStage.Nurture, Today.AddMonths(4)), (recycled.Stage, recycled.ReactivationOn!.Value));
        Assert.Equal(LifecycleStage.Lead, (await db.Leads.SingleAsync(l => l.Id == nurtured)).Stage);
        Assert.False(await db.Leads.AnyAsync(l => l.Stage == LifecycleStage.Nurture && l.ReactivationOn <= Today));
        Assert.True(pass.Recycled >= 1 && pass.Reactivated >= 1);
        var recent = await app.Services.GetRequiredService<Recycler>().RecentAsync(1);
        Assert.Contains(recent, r => r.LeadId == spent.Id && r.To == LifecycleStage.Nurture && r.Reason.Contains("recycled to marketing"));
        Assert.Contains(recent, r => r.LeadId == nurtured && r.To == LifecycleStage.Lead);
        Assert.Equal(pass.Recycled + pass.Reactivated, recent.Count - recentBefore);
        Assert.Equal(0, (await app.Services.GetRequiredService<Recycler>().RunAsync()).Recycled);
    }

    [Fact]
    public async Task AManagerReopensADisqualifiedLeadWithAnAuditedReasonAndAnotherSdrCannot()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var otherSdr = await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email == "alex.chen@demo.local"));
        await using var setup = app.CreateDbContext();
        var leadId = await setup.Leads.Where(l => l.Stage == LifecycleStage.Disqualified && l.OwnerId != null && l.OwnerId != IdOf(otherSdr))
            .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var reopening = app.Services.GetRequiredService<Reopening>();

        var refused = await reopening.ReopenAsync(otherSdr, leadId, "Looks interesting");
        var withoutReason = await reopening.ReopenAsync(manager, leadId, " ");
        var reopened = await reopening.ReopenAsync(manager, leadId, "New budget this quarter");

        Assert.Equal("This lead does not exist or is not yours to work.", refused.Error);
        Assert.Equal("Reopening a disqualified lead needs a reason.", withoutReason.Error);
        Assert.True(reopened.Succeeded, reopened.Error);
        await using var db = app.CreateDbContext();
        var change = await db.StageChanges.Where(c => c.LeadId == leadId).OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal((LifecycleStage.Disqualified, LifecycleStage.Lead, DemoUsers.Manager.Email, "Reopened: New budget this quarter"),
            (change.From!.Value, change.To, change.Actor, change.Reason));
    }

    [Fact]
    public async Task ReopeningALeadThatIsNoLongerDisqualifiedIsRefusedAndMovesNothing()
    {
        // The lead page was opened while the lead was disqualified; a hand-raise has made it an MQL since.
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await app.AddMqlAsync(IdOf(sdr));

        var reopened = await app.Services.GetRequiredService<Reopening>().ReopenAsync(sdr, leadId, "New budget this quarter");

        Assert.False(reopened.Succeeded);
        Assert.Equal("Only a disqualified lead can be reopened; this one is MQL now.", reopened.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.MQL, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
