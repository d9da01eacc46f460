using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Handover;

/// <summary>A hand-raise starts a new conversation: the cadence before it no longer decides the lead's fate.</summary>
public class RecyclingAfterHandRaiseTests
{
    /// <summary>Seven unanswered touches over 39 days: spent by the default cadence.</summary>
    private static List<(DateTime At, bool IsResponse)> SpentCadence() =>
        Enumerable.Range(0, 7).Select(i => (TestClock.DaysAgo(38 - 6 * i), false)).ToList();

    private static Lead MqlAfter(EventsBuilder events)
    {
        var lead = LeadBuilder.IcpFit().CreatedAt(TestClock.DaysAgo(40)).Build();
        lead.ApplyScore(LeadScorer.Score(Definitions.Default, lead.FitProfile, events.Build(), TestClock.Now), TestClock.Now);
        return lead;
    }

    [Fact]
    public void AnMqlWhoseDemoRequestIsMinutesOldIsNotRecycledByTheCadenceBeforeIt()
    {
        var lead = MqlAfter(EventsBuilder.None.DemoRequest(daysAgo: 10 / 1440.0));

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence(), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
    }

    [Fact]
    public void AHandRaiseAnsweredOnceStartsAFreshCadence()
    {
        var lead = MqlAfter(EventsBuilder.None.MeetingBooked(daysAgo: 3));
        var touches = SpentCadence().Append((TestClock.DaysAgo(2.9), false)).ToList();

        Assert.Null(Recycling.RecycleIfSpent(lead, Definitions.Default, touches, TestClock.Now));
    }

    [Fact]
    public void AFreshCadenceAfterAHandRaiseIsRecycledOnceItTooIsSpent()
    {
        var lead = MqlAfter(EventsBuilder.None.DemoRequest(daysAgo: 60));
        var afterTheRaise = Enumerable.Range(0, 10).Select(i => (TestClock.DaysAgo(21 - 2 * i), false)).ToList();

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, afterTheRaise, TestClock.Now);

        Assert.Equal(LifecycleStage.Nurture, change?.To);
    }

    [Fact]
    public void ASignalTheDefinitionDoesNotCallAHandRaiseDoesNotRestartTheCadence()
    {
        var lead = MqlAfter(EventsBuilder.None.DemoRequest(daysAgo: 39).PricingPageVisit(daysAgo: 0.01));

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence(), TestClock.Now);

        Assert.Equal(LifecycleStage.Nurture, change?.To);
    }
}
