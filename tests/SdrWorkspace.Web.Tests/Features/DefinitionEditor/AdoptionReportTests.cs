using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.DefinitionEditor;

/// <summary>After an adoption, the re-score reports what changed in the terms the preview used.</summary>
public class AdoptionReportTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task TheReportAfterAdoptingSaysWhatThePreviewSaidWouldChange()
    {
        await app.Services.GetRequiredService<LeadScoring>().RescoreAllAsync();
        var definitions = app.Services.GetRequiredService<DefinitionService>();
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var (started, id) = await definitions.StartDraftAsync(manager, "Lighter engagement, hotter band");
        var draft = (await definitions.DraftAsync(id!.Value))!;
        var changed = draft.Definition with
        {
            Mql = draft.Definition.Mql with { MinEngagement = 5 },
            Priority = draft.Definition.Priority with { Hot = draft.Definition.Priority.Hot - 10 },
        };
        var saved = await definitions.SaveDraftAsync(manager, draft.Id, draft.Revision, changed, null);
        draft = (await definitions.DraftAsync(draft.Id))!;

        var preview = (await definitions.WhatIfAsync(manager, draft.Definition))!;
        var adopted = await definitions.AdoptAsync(manager, draft.Id, draft.Revision, "Webinar attendees convert");
        await adopted.Rescoring;
        var report = app.Services.GetRequiredService<RescoreTracker>().Latest!;

        Assert.True(started.Succeeded && saved.Succeeded && adopted.Succeeded, adopted.Error);
        Assert.True(preview.StageMoves > 0, "the lower threshold should move leads");
        Assert.Equal((adopted.Version!.Value, true, null), (report.Version, report.Finished, report.Error));
        var impact = report.Impact!;
        Assert.Equal(preview.StageMoves, impact.LeadsChangingStage);
        Assert.Equal(preview.Impact.StageChanges, impact.StageChanges);
        Assert.Equal((preview.Impact.Leads, preview.Impact.ScoreChanges, preview.Impact.BandChanges), (impact.Leads, impact.ScoreChanges, impact.BandChanges));
        Assert.True(impact.BandChanges > 0, "the hotter band should move leads between bands");
    }
}
