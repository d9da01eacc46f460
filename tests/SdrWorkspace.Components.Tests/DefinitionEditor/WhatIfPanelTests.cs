using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

public class WhatIfPanelTests : ComponentTest
{
    private static readonly WhatIfChange BecomesMql =
        new(7, "Ana Silva", LifecycleStage.Lead, LifecycleStage.MQL, 52, 58, PriorityBand.Warm, PriorityBand.Warm, "engagement 18 (needs 15)");

    private static readonly WhatIfChange BecomesHot =
        new(9, "Ben Ode", LifecycleStage.MQL, LifecycleStage.MQL, 68, 71, PriorityBand.Warm, PriorityBand.Hot, "hot from 70");

    private static WhatIfResult Result(params WhatIfChange[] changes)
    {
        var stages = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, _ => 10);
        var after = new Dictionary<LifecycleStage, int>(stages);
        foreach (var change in changes.Where(c => c.MovesStage))
        {
            after[change.StageBefore]--;
            after[change.StageAfter]++;
        }
        var bands = Enum.GetValues<PriorityBand>().ToDictionary(b => b, _ => 20);
        var impact = new DefinitionImpact(1_200,
            changes.Where(c => c.MovesStage).CountBy(c => (c.StageBefore, c.StageAfter)).Select(p => new StagePath(p.Key.StageBefore, p.Key.StageAfter, p.Value)).ToList(),
            changes.Count(c => c.ScoreBefore != c.ScoreAfter), changes.Count(c => c.BandBefore != c.BandAfter));
        return new WhatIfResult(3, 1_200, stages, after, bands, bands, changes, impact);
    }

    [Fact]
    public void WhileTheWhatIfIsComputingAProgressBarSaysSo()
    {
        var panel = Context.Render<WhatIfPanel>(p => p.Add(w => w.Loading, true));

        Assert.NotNull(panel.Find("[role=progressbar]"));
        Assert.Contains("Scoring today's leads under the draft", panel.Markup);
        Assert.Empty(panel.FindAll("[data-testid=what-if-summary]"));
    }

    [Fact]
    public void TheSummaryCountsStageMovesAndBandChanges()
    {
        var panel = Context.Render<WhatIfPanel>(p => p.Add(w => w.Result, Result(BecomesMql, BecomesHot)));

        var summary = panel.Find("[data-testid=what-if-summary]").TextContent;
        Assert.Contains("compared with version 3", summary);
        Assert.Contains("1 lead would change stage", summary);
        Assert.Contains("1 more would change priority band only", summary);
        Assert.Contains("would make 11 leads MQL instead of 10", summary);
        Assert.Equal("11", panel.Find("[data-testid=after-MQL]").TextContent.Trim());
        Assert.Equal("In all: 1 lead would change stage (Lead → MQL: 1), 2 would change score, 1 would change priority band.",
            Normalized(panel.Find("[data-testid=what-if-impact]").TextContent));
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",");

    [Fact]
    public void StagesThatChangeAreMarkedAndEachMovingLeadLinksToIt()
    {
        var panel = Context.Render<WhatIfPanel>(p => p.Add(w => w.Result, Result(BecomesMql, BecomesHot)));

        var changedStages = panel.FindAll("table[aria-label='Stage counts'] tbody tr.changed").Select(r => r.QuerySelector(".mud-chip")!.TextContent.Trim());
        Assert.Equal(["Lead", "MQL"], changedStages);
        var moving = panel.FindAll("table[aria-label='Leads that would move'] tbody tr");
        Assert.Equal(2, moving.Count);
        Assert.Equal("leads/7", moving[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Warm → Hot", moving[1].TextContent);
    }

    [Fact]
    public void WhenNoLeadWouldMoveItSaysSoInsteadOfAnEmptyTable()
    {
        var panel = Context.Render<WhatIfPanel>(p => p.Add(w => w.Result, Result()));

        Assert.Contains("No lead would move", panel.Find(".empty-state").TextContent);
        Assert.Empty(panel.FindAll("table[aria-label='Leads that would move']"));
    }
}
