using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Qualification;

public class QualificationServiceTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private QualificationService Qualification => app.Services.GetRequiredService<QualificationService>();

    [Fact]
    public async Task TwoPeopleEditingDifferentCriteriaBothKeepTheirAnswers()
    {
        var (sdr, manager, leadId) = await PeopleOnALeadAsync(LifecycleStage.Lead);
        var mine = (await Qualification.OpenAsync(sdr, leadId)).Draft!;
        var theirs = (await Qualification.OpenAsync(manager, leadId)).Draft!;

        var first = await Qualification.SaveAsync(sdr, mine, With(mine.State, "budget", CriterionState.Confirmed, "40k approved"));
        var second = await Qualification.SaveAsync(manager, theirs, With(theirs.State, "need", CriterionState.Partial, "CRM clean-up pain"));

        Assert.Empty(first.Conflicts);
        Assert.Empty(second.Conflicts);
        var saved = second.Draft!.State;
        Assert.Equal(new CriterionAnswer(CriterionState.Confirmed, "40k approved"), saved.AnswerTo("budget"));
        Assert.Equal(new CriterionAnswer(CriterionState.Partial, "CRM clean-up pain"), saved.AnswerTo("need"));
    }

    [Fact]
    public async Task TheSecondEditOfTheSameCriterionIsReportedNotSavedOver()
    {
        var (sdr, manager, leadId) = await PeopleOnALeadAsync(LifecycleStage.Lead, skip: 1);
        var mine = (await Qualification.OpenAsync(sdr, leadId)).Draft!;
        var theirs = (await Qualification.OpenAsync(manager, leadId)).Draft!;

        await Qualification.SaveAsync(sdr, mine, With(mine.State, "budget", CriterionState.Confirmed, "40k approved"));
        var late = await Qualification.SaveAsync(manager, theirs, With(theirs.State, "budget", CriterionState.Disqualifying, "No budget at all"));

        var conflict = Assert.Single(late.Conflicts);
        Assert.Equal(("Budget", DemoUsers.Sdr.Email, "No budget at all"), (conflict.Field, conflict.ChangedBy, conflict.YourText));
        Assert.Equal(new CriterionAnswer(CriterionState.Confirmed, "40k approved"), late.Draft!.State.AnswerTo("budget"));
    }

    [Fact]
    public async Task FinishingAQualifiedMqlAcceptsItAndMakesItAnSqlWithTheWholeHistory()
    {
        var (sdr, _, leadId) = await PeopleOnALeadAsync(LifecycleStage.MQL);
        var draft = (await Qualification.OpenAsync(sdr, leadId)).Draft!;
        var state = With(With(With(draft.State, "budget", CriterionState.Confirmed, "40k"), "authority", CriterionState.Confirmed, "VP signs"),
            "need", CriterionState.Confirmed, "Manual routing");
        var saved = (await Qualification.SaveAsync(sdr, draft, state)).Draft!;

        var (moves, finished) = await Qualification.CompleteAsync(sdr, saved.AssessmentId, saved.Revision, null);

        Assert.True(finished.Succeeded, finished.Error);
        Assert.Equal([LifecycleStage.SAL, LifecycleStage.SQL], moves.Select(m => m.To));
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Include(l => l.StageHistory).FirstAsync(l => l.Id == leadId);
        Assert.Equal(LifecycleStage.SQL, lead.Stage);
        var toSql = lead.StageHistory.Single(c => c.To == LifecycleStage.SQL);
        Assert.Equal((DemoUsers.Sdr.Email, 1), (toSql.Actor, toSql.DefinitionVersion));
        Assert.StartsWith("BANT Qualified: Budget, Authority and Need confirmed", toSql.Reason);
        var assessment = await db.Assessments.FirstAsync(a => a.Id == saved.AssessmentId);
        Assert.Equal((AssessmentStatus.Completed, VerdictOutcome.Qualified), (assessment.Status, assessment.Outcome));
    }

    [Fact]
    public async Task TwoPeopleFinishingAtOnceMoveTheLeadExactlyOnce()
    {
        var (sdr, manager, leadId) = await PeopleOnALeadAsync(LifecycleStage.Lead, skip: 2);
        var draft = (await Qualification.OpenAsync(sdr, leadId)).Draft!;
        var state = With(With(With(draft.State, "budget", CriterionState.Confirmed, null), "authority", CriterionState.Confirmed, null),
            "need", CriterionState.Confirmed, null);
        var saved = (await Qualification.SaveAsync(sdr, draft, state)).Draft!;

        var results = await Task.WhenAll(
            Qualification.CompleteAsync(sdr, saved.AssessmentId, saved.Revision, null),
            Qualification.CompleteAsync(manager, saved.AssessmentId, saved.Revision, null));

        Assert.Single(results, r => r.Result.Succeeded);
        Assert.Single(results, r => !r.Result.Succeeded);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.StageChanges.CountAsync(c => c.LeadId == leadId && c.To == LifecycleStage.SQL));
    }

    [Fact]
    public async Task TwoScreensSavingANewQualificationAtOnceShareOneDraftWithBothAnswers()
    {
        var (sdr, manager, leadId) = await PeopleOnALeadAsync(LifecycleStage.Lead, skip: 3);
        var mine = (await Qualification.OpenAsync(sdr, leadId)).Draft!;
        var theirs = (await Qualification.OpenAsync(manager, leadId)).Draft!;

        var saved = await Task.WhenAll(
            Qualification.SaveAsync(sdr, mine, With(mine.State, "budget", CriterionState.Confirmed, "40k approved")),
            Qualification.SaveAsync(manager, theirs, With(theirs.State, "need", CriterionState.Partial, "CRM clean-up pain")));

        Assert.All(saved, s => Assert.Empty(s.Conflicts));
        Assert.Equal(saved[0].Draft!.AssessmentId, saved[1].Draft!.AssessmentId);
        await using var db = app.CreateDbContext();
        var draft = await db.Assessments.SingleAsync(a => a.LeadId == leadId);
        Assert.Equal(new CriterionAnswer(CriterionState.Confirmed, "40k approved"), draft.AnswerTo("budget"));
        Assert.Equal(new CriterionAnswer(CriterionState.Partial, "CRM clean-up pain"), draft.AnswerTo("need"));
    }

    [Fact]
    public async Task AnSdrCannotQualifyAnotherSdrsLead()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var othersLead = await db.Leads.Where(l => l.OwnerId != null && l.OwnerId != IdOf(sdr) && l.Stage == LifecycleStage.Lead)
            .Select(l => l.Id).FirstAsync();

        var (draft, error) = await Qualification.OpenAsync(sdr, othersLead);

        Assert.Null(draft);
        Assert.Equal("This lead does not exist or is not yours to qualify.", error);
        Assert.False(await db.Assessments.AnyAsync(a => a.LeadId == othersLead));
    }

    private async Task<(ClaimsPrincipal Sdr, ClaimsPrincipal Manager, int LeadId)> PeopleOnALeadAsync(LifecycleStage stage, int skip = 0)
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        await using var db = app.CreateDbContext();
        var leadId = await db.Leads.Where(l => l.OwnerId == IdOf(sdr) && l.Stage == stage && !db.Assessments.Any(a => a.LeadId == l.Id))
            .OrderBy(l => l.Id).Skip(skip).Select(l => l.Id).FirstAsync();
        return (sdr, manager, leadId);
    }

    private static DraftState With(DraftState state, string key, CriterionState criterion, string? evidence) =>
        state with { Answers = new Dictionary<string, CriterionAnswer>(state.Answers) { [key] = new(criterion, evidence) } };

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
