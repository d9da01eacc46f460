using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;
using Stage = SdrWorkspace.Domain.Leads.LifecycleStage;

namespace SdrWorkspace.Domain.Tests.Leads;

public class LifecycleRulesTests
{
    /// <summary>The lifecycle as the product design tells it, written out independently of the code under test.</summary>
    private static readonly HashSet<(Stage From, Stage To)> Legal =
    [
        (Stage.Lead, Stage.MQL), (Stage.Lead, Stage.SQL), (Stage.Lead, Stage.Nurture), (Stage.Lead, Stage.Disqualified),
        (Stage.MQL, Stage.SAL), (Stage.MQL, Stage.Lead), (Stage.MQL, Stage.Nurture), (Stage.MQL, Stage.Disqualified),
        (Stage.SAL, Stage.SQL), (Stage.SAL, Stage.Nurture), (Stage.SAL, Stage.Disqualified),
        (Stage.SQL, Stage.Opportunity), (Stage.SQL, Stage.SAL), (Stage.SQL, Stage.Nurture), (Stage.SQL, Stage.Disqualified),
        (Stage.Nurture, Stage.Lead), (Stage.Nurture, Stage.MQL), (Stage.Nurture, Stage.Disqualified),
        (Stage.Disqualified, Stage.Lead),
    ];

    public static TheoryData<Stage, Stage, bool> AllStagePairs()
    {
        var data = new TheoryData<Stage, Stage, bool>();
        foreach (var from in Enum.GetValues<Stage>())
            foreach (var to in Enum.GetValues<Stage>())
                data.Add(from, to, Legal.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllStagePairs))]
    public void CanMoveAllowsExactlyTheLegalTransitions(Stage from, Stage to, bool legal)
    {
        Assert.Equal(legal, LifecycleRules.CanMove(from, to));
    }

    [Theory]
    [MemberData(nameof(AllStagePairs))]
    public void ALeadMakesEveryLegalMoveAndIsRefusedEveryOther(Stage from, Stage to, bool legal)
    {
        var lead = LeadBuilder.IcpFit().InStage(from).Build();
        var historyBefore = lead.StageHistory.Count;

        var move = () => lead.MoveTo(Moves.To(to));

        if (legal)
        {
            move();
            Assert.Equal(to, lead.Stage);
            Assert.Equal(historyBefore + 1, lead.StageHistory.Count);
        }
        else
        {
            Assert.Throws<DomainException>(move);
            Assert.Equal(from, lead.Stage);
            Assert.Equal(historyBefore, lead.StageHistory.Count);
        }
    }

    [Theory]
    [InlineData(Stage.Lead, new[] { Stage.MQL, Stage.SQL, Stage.Nurture, Stage.Disqualified })]
    [InlineData(Stage.Opportunity, new Stage[0])]
    [InlineData(Stage.Disqualified, new[] { Stage.Lead })]
    public void NextStagesListsWhereALeadCanGo(Stage from, Stage[] expected)
    {
        Assert.Equal(expected.Order(), LifecycleRules.NextStages(from).Order());
    }

    [Fact]
    public void AnOpportunityIsFinal()
    {
        Assert.Empty(LifecycleRules.NextStages(Stage.Opportunity));
    }

    [Theory]
    [InlineData(Stage.Opportunity, true)]
    [InlineData(Stage.Disqualified, true)]
    [InlineData(Stage.Lead, false)]
    [InlineData(Stage.MQL, false)]
    [InlineData(Stage.SAL, false)]
    [InlineData(Stage.SQL, false)]
    [InlineData(Stage.Nurture, false)]
    public void OnlyOpportunitiesAndDisqualifiedLeadsAreClosedForSdrWork(Stage stage, bool closed)
    {
        Assert.Equal(closed, LifecycleRules.IsClosed(stage));
    }

    [Fact]
    public void TheFunnelRunsFromLeadToOpportunity()
    {
        Assert.Equal([Stage.Lead, Stage.MQL, Stage.SAL, Stage.SQL, Stage.Opportunity], LifecycleRules.Funnel);
    }
}
