using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Funnel;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.DefinitionEditor;

public class DefinitionServiceTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private DefinitionService Definitions => app.Services.GetRequiredService<DefinitionService>();

    private async Task<DraftView> DraftAsync(DemoUser author, Func<QualificationDefinition, QualificationDefinition> change)
    {
        var user = await app.PrincipalOfAsync(author);
        var (started, id) = await Definitions.StartDraftAsync(user, "Test draft");
        Assert.True(started.Succeeded, started.Error);
        var draft = (await Definitions.DraftAsync(id!.Value))!;
        var saved = await Definitions.SaveDraftAsync(user, draft.Id, draft.Revision, change(draft.Definition), null);
        Assert.True(saved.Succeeded, saved.Error);
        return (await Definitions.DraftAsync(draft.Id))!;
    }

    private static QualificationDefinition LowerEngagementThreshold(QualificationDefinition d) => d with { Mql = d.Mql with { MinEngagement = 5 } };

    [Fact]
    public async Task AdoptingALowerThresholdMakesMqlsOfExactlyTheLeadsThePreviewListedUnderTheNewVersion()
    {
        await app.Services.GetRequiredService<LeadScoring>().RescoreAllAsync();
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var draft = await DraftAsync(DemoUsers.Manager, LowerEngagementThreshold);
        var funnel = app.Services.GetRequiredService<FunnelQueries>();
        var mqlsBefore = (await funnel.CohortAsync(DateTime.MinValue, DateTime.MaxValue)).Steps.Single(s => s.Stage == LifecycleStage.MQL).Reached;
        int inMqlBefore;
        await using (var before = app.CreateDbContext())
            inMqlBefore = await before.Leads.CountAsync(l => l.Stage == LifecycleStage.MQL);

        var preview = (await Definitions.WhatIfAsync(manager, draft.Definition))!;
        var adopted = await Definitions.AdoptAsync(manager, draft.Id, draft.Revision, "Webinar attendees convert: count lighter engagement");
        await adopted.Rescoring;

        Assert.True(adopted.Succeeded, adopted.Error);
        Assert.True(preview.StageMoves > 0, "the lower threshold should move leads");
        Assert.Equal(preview.StagesAfter[LifecycleStage.MQL] - preview.StagesBefore[LifecycleStage.MQL], preview.StageMoves);
        await using var db = app.CreateDbContext();
        var version = await db.DefinitionVersions.SingleAsync(v => v.Version == adopted.Version);
        Assert.Equal((DemoUsers.Manager.Email, "Webinar attendees convert: count lighter engagement"), (version.AdoptedBy, version.Reason));
        var movedUnderNewVersion = await db.StageChanges.Where(c => c.To == LifecycleStage.MQL && c.DefinitionVersion == adopted.Version)
            .Select(c => c.LeadId).OrderBy(id => id).ToListAsync();
        Assert.Equal(preview.StageMovers.Select(m => m.LeadId).Order(), movedUnderNewVersion);
        // A lead carries the version that last changed its score or stage: every one that moved, none that the change left alone.
        var movers = preview.StageMovers.Select(m => m.LeadId).ToList();
        Assert.Equal(movers.Count, await db.Leads.CountAsync(l => movers.Contains(l.Id) && l.DefinitionVersion == adopted.Version));
        Assert.Equal(0, await db.Leads.CountAsync(l => !movers.Contains(l.Id) && l.DefinitionVersion == adopted.Version));
        var mqlsAfter = (await funnel.CohortAsync(DateTime.MinValue, DateTime.MaxValue)).Steps.Single(s => s.Stage == LifecycleStage.MQL).Reached;
        Assert.Equal(inMqlBefore + preview.StageMoves, await db.Leads.CountAsync(l => l.Stage == LifecycleStage.MQL));
        Assert.True(mqlsAfter > mqlsBefore, "the funnel should count the new MQLs");
        Assert.Equal(adopted.Version, (await Definitions.CurrentAsync()).Version);
        var diff = await Definitions.DiffAsync(adopted.Version!.Value - 1, adopted.Version.Value);
        Assert.Equal([new DefinitionChange("MQL rule", "Min engagement", "25", "5")], diff);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AdoptingWithoutAReasonIsRefusedAndWritesNothing(string reason)
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var draft = await DraftAsync(DemoUsers.Manager, d => d with { Sla = d.Sla with { HighIntentResponseMinutes = 10 } });
        await using var db = app.CreateDbContext();
        var versions = await db.DefinitionVersions.CountAsync();

        var result = await Definitions.AdoptAsync(manager, draft.Id, draft.Revision, reason);

        Assert.False(result.Succeeded);
        Assert.Contains("reason", result.Error);
        Assert.Equal(versions, await db.DefinitionVersions.CountAsync());
        Assert.Equal(DraftStatus.Editing, (await Definitions.DraftAsync(draft.Id))!.Status);
    }

    [Fact]
    public async Task ADraftMadeBeforeAnotherAdoptionIsRefusedSoNeitherChangeIsLostSilently()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var first = await DraftAsync(DemoUsers.Manager, d => d with { Cadence = d.Cadence with { NurtureMonths = 5 } });
        var second = await DraftAsync(DemoUsers.Admin, d => d with { Cadence = d.Cadence with { NurtureMonths = 6 } });

        var adopted = await Definitions.AdoptAsync(manager, first.Id, first.Revision, "Nurture a month longer");
        await adopted.Rescoring;
        var refused = await Definitions.AdoptAsync(await app.PrincipalOfAsync(DemoUsers.Admin), second.Id, second.Revision, "Nurture longer still");

        Assert.True(adopted.Succeeded, adopted.Error);
        Assert.False(refused.Succeeded);
        Assert.Contains($"version {adopted.Version} has been adopted since", refused.Error);
        Assert.Equal(5, (await Definitions.CurrentAsync()).Cadence.NurtureMonths);
    }

    [Fact]
    public async Task OfTwoAdoptionsAtTheSameMomentOneWinsAndTheOtherIsRefusedWhole()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var first = await DraftAsync(DemoUsers.Manager, d => d with { Sla = d.Sla with { SqlAcceptanceWorkingDays = 3 } });
        var second = await DraftAsync(DemoUsers.Admin, d => d with { Sla = d.Sla with { SqlAcceptanceWorkingDays = 4 } });
        await using var db = app.CreateDbContext();
        var versions = await db.DefinitionVersions.CountAsync();

        var results = await Task.WhenAll(
            Definitions.AdoptAsync(manager, first.Id, first.Revision, "AEs need three days"),
            Definitions.AdoptAsync(admin, second.Id, second.Revision, "AEs need four days"));
        await Task.WhenAll(results.Select(r => r.Rescoring));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.False(results.Single(r => !r.Succeeded).Succeeded);
        Assert.Equal(versions + 1, await db.DefinitionVersions.CountAsync());
        Assert.Equal(winner.Version, (await Definitions.CurrentAsync()).Version);
        Assert.Equal(1, await db.DefinitionDrafts.CountAsync(d => (d.Id == first.Id || d.Id == second.Id) && d.Status == DraftStatus.Adopted));
    }

    [Fact]
    public async Task TwoEditorsSavingTheSameDraftRevisionCannotOverwriteEachOther()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var draft = await DraftAsync(DemoUsers.Manager, d => d);

        var first = await Definitions.SaveDraftAsync(manager, draft.Id, draft.Revision, draft.Definition with { Priority = new(80, 50) }, null);
        var second = await Definitions.SaveDraftAsync(admin, draft.Id, draft.Revision, draft.Definition with { Priority = new(60, 30) }, null);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(DefinitionService.Conflict, second.Error);
        Assert.Equal(80, (await Definitions.DraftAsync(draft.Id))!.Definition.Priority.Hot);
    }

    [Fact]
    public async Task MarketingProposesADraftThatOnlyAManagerOrAdminCanAdopt()
    {
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);
        var draft = await DraftAsync(DemoUsers.Marketing, d => d with { Mql = d.Mql with { HandRaiseWindowDays = 45 } });

        var unexplained = await Definitions.ProposeAsync(marketing, draft.Id, draft.Revision, " ");
        var proposed = await Definitions.ProposeAsync(marketing, draft.Id, draft.Revision, "Demo requests stay warm for six weeks");
        var byMarketing = await Definitions.AdoptAsync(marketing, draft.Id, draft.Revision + 1, "Please");
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var sdrDraft = await Definitions.StartDraftAsync(sdr, "Mine");
        var sdrPreview = await Definitions.WhatIfAsync(sdr, draft.Definition);
        var marketingPreview = await Definitions.WhatIfAsync(marketing, draft.Definition);

        Assert.False(unexplained.Succeeded);
        Assert.True(proposed.Succeeded, proposed.Error);
        Assert.Contains(await Definitions.OpenDraftsAsync(), d => d.Id == draft.Id && d.Status == DraftStatus.Proposed && d.Author == DemoUsers.Marketing.Email);
        Assert.False(byMarketing.Succeeded);
        Assert.False(sdrDraft.Result.Succeeded);
        Assert.Null(sdrDraft.Id);
        Assert.Null(sdrPreview);
        Assert.NotNull(marketingPreview);
    }

    [Fact]
    public async Task TheReviewIsDueAQuarterAfterAdoptionUntilAManagerMarksItReviewed()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var current = (await Definitions.CurrentAsync()).Version;
        await using (var connection = app.OpenRawConnection())
        {
            await using var backdate = connection.CreateCommand();
            backdate.CommandText = """UPDATE "DefinitionVersions" SET "AdoptedAt" = $at WHERE "Version" = $version""";
            backdate.Parameters.AddWithValue("$at", SdrWorkspaceFactory.Now.AddDays(-100).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            backdate.Parameters.AddWithValue("$version", current);
            await backdate.ExecuteNonQueryAsync();
        }

        var due = await Definitions.ReviewStatusAsync();
        var bySdr = await Definitions.MarkReviewedAsync(await app.PrincipalOfAsync(DemoUsers.Sdr), null);
        var reviewed = await Definitions.MarkReviewedAsync(manager, "Acceptance steady; nothing to change");
        var after = await Definitions.ReviewStatusAsync();

        Assert.True(due.IsDue);
        Assert.False(bySdr.Succeeded);
        Assert.True(reviewed.Succeeded, reviewed.Error);
        Assert.False(after.IsDue);
        Assert.Equal((SdrWorkspaceFactory.Now, DemoUsers.Manager.Email), (after.LastReviewedAt, after.By));
        Assert.Equal(SdrWorkspaceFactory.Now.AddDays(90), after.DueAt);
    }
}
