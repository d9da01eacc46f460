using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Leads;

/// <summary>
/// An SDR a manager shared a lead with (cover for an absence) works it like its owner: the MQL answer and the
/// SQL hand-over they are shown are theirs to give, just as finishing a qualification is.
/// </summary>
public class SharedLeadWorkTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private static readonly DemoUser Covering = DemoUsers.All.First(u => u.Email == "alex.chen@demo.local");

    [Fact]
    public async Task AnSdrAnMqlWasSharedWithCanAcceptIt()
    {
        var leadId = await SharedLeadAsync(LifecycleStage.MQL, skip: 0);
        var covering = await app.PrincipalOfAsync(Covering);

        var accepted = await app.Services.GetRequiredService<MqlInbox>().AcceptAsync(covering, leadId);

        Assert.True(accepted.Succeeded, accepted.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.SAL, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
        Assert.Equal(IdOf(covering), (await db.MqlReviews.SingleAsync(r => r.LeadId == leadId)).DecidedById);
    }

    [Fact]
    public async Task AnSdrAnMqlWasSharedWithCanRejectIt()
    {
        var leadId = await SharedLeadAsync(LifecycleStage.MQL, skip: 1);
        var covering = await app.PrincipalOfAsync(Covering);

        var rejected = await app.Services.GetRequiredService<MqlInbox>().RejectAsync(covering, leadId, MqlRejectionReason.Duplicate, null);

        Assert.True(rejected.Succeeded, rejected.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.Lead, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
    }

    [Fact]
    public async Task AnSdrAnSqlWasSharedWithCanHandItOver()
    {
        var leadId = await SharedLeadAsync(LifecycleStage.SQL, skip: 0);
        var covering = await app.PrincipalOfAsync(Covering);

        var handed = await app.Services.GetRequiredService<HandoverService>().HandOverAsync(covering, leadId, null);

        Assert.True(handed.Succeeded, handed.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(IdOf(covering), (await db.Handovers.SingleAsync(h => h.LeadId == leadId && h.Status == HandoverStatus.Pending)).HandedOverById);
    }

    [Fact]
    public async Task AnSdrAnMqlWasSharedWithFinishingItsQualificationAcceptsItOnTheWayAsTheInboxWould()
    {
        var leadId = await SharedLeadAsync(LifecycleStage.MQL, skip: 2);
        var covering = await app.PrincipalOfAsync(Covering);
        var qualification = app.Services.GetRequiredService<QualificationService>();
        var draft = (await qualification.OpenAsync(covering, leadId)).Draft!;
        var answers = draft.State.Answers.ToDictionary();
        foreach (var key in new[] { "budget", "authority", "need" })
            answers[key] = new CriterionAnswer(CriterionState.Confirmed, "Confirmed on the call");
        var saved = (await qualification.SaveAsync(covering, draft, draft.State with { Answers = answers })).Draft!;

        var (moves, finished) = await qualification.CompleteAsync(covering, saved.AssessmentId, saved.Revision, null);

        Assert.True(finished.Succeeded, finished.Error);
        Assert.Equal([LifecycleStage.SAL, LifecycleStage.SQL], moves.Select(m => m.To));
        Assert.All(moves, m => Assert.Equal(Covering.Email, m.Actor));
    }

    [Fact]
    public async Task AnSdrALeadWasNotSharedWithCannotAnswerItsMql()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var leadId = await app.AddMqlAsync(IdOf(sdr));
        var other = await app.PrincipalOfAsync(Covering);

        var refused = await app.Services.GetRequiredService<MqlInbox>().AcceptAsync(other, leadId);

        Assert.False(refused.Succeeded);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.MQL, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
        Assert.False(await db.MqlReviews.AnyAsync(r => r.LeadId == leadId));
    }

    /// <summary>A lead of the demo SDR's in the stage (a fresh MQL, or an SQL made from a SAL: the small demo has few), shared by the manager with another SDR.</summary>
    private async Task<int> SharedLeadAsync(LifecycleStage stage, int skip)
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        int leadId;
        if (stage == LifecycleStage.SQL)
        {
            await using var db = app.CreateDbContext();
            var lead = await db.Leads.Where(l => l.Stage == LifecycleStage.SAL && l.OwnerId == IdOf(sdr) && !l.Shares.Any())
                .OrderBy(l => l.Id).Skip(skip).FirstAsync();
            lead.MoveTo(new StageMove(LifecycleStage.SQL, DemoUsers.Sdr.Email, "BANT qualified: 3 of 4", lead.DefinitionVersion, SdrWorkspaceFactory.Now));
            await db.SaveChangesAsync();
            leadId = lead.Id;
        }
        else
            leadId = await app.AddMqlAsync(IdOf(sdr));
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var shared = await app.Services.GetRequiredService<LeadSharing>().ShareAsync(manager, leadId, IdOf(await app.PrincipalOfAsync(Covering)));
        Assert.True(shared.Succeeded, shared.Error);
        return leadId;
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
