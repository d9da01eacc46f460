using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>An unsubscribe or a bounce reported by a tool is the same news as a reply coded so, and has the same effect.</summary>
public class LeadEventEffectTests
{
    [Theory]
    [InlineData(EngagementType.Unsubscribe, DispositionCode.Unsubscribe)]
    [InlineData(EngagementType.Bounce, DispositionCode.WrongContact)]
    public void AnEventWithTheMeaningOfADispositionTakesThatDispositionsEffectFromTheDefinition(EngagementType type, DispositionCode code) =>
        Assert.Equal(Definitions.Default.Disposition(code), Definitions.Default.EffectOf(type));

    [Theory]
    [InlineData(EngagementType.DemoRequest)]
    [InlineData(EngagementType.EmailReply)]
    [InlineData(EngagementType.PageVisit)]
    public void OtherEventsOnlyScore(EngagementType type) =>
        Assert.Null(Definitions.Default.EffectOf(type));

    [Fact]
    public void AnUnsubscribeEventMarksTheLeadDoNotContactAndEndsItsPause()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.ApplyEventEffect(Definitions.Default.EffectOf(EngagementType.Unsubscribe)!, fitsIcp: true, "api", 1, TestClock.Now);

        Assert.True(lead.DoNotContact);
        Assert.Null(lead.CadencePausedUntil);
    }

    [Fact]
    public void ABounceEventFlagsTheLeadsDataAsTheBouncedDispositionDoes()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.ApplyEventEffect(Definitions.Default.EffectOf(EngagementType.Bounce)!, fitsIcp: true, "api", 1, TestClock.Now);

        Assert.Equal((TestClock.Now, false), (lead.BadDataFlaggedAt, lead.DoNotContact));
    }

    [Fact]
    public void AnEventEffectThatMovesTheStageMovesItAsTheDispositionWould()
    {
        var definition = Definitions.Default;
        var disqualifying = definition.Disposition(DispositionCode.Unsubscribe) with { Stage = StageEffect.Disqualify, StageReason = "Unsubscribed" };
        var lead = LeadBuilder.IcpFit().Build();

        lead.ApplyEventEffect(disqualifying, fitsIcp: true, "api", 1, TestClock.Now);

        Assert.Equal((LifecycleStage.Disqualified, "Unsubscribed"), (lead.Stage, lead.DisqualificationReason));
    }
}
