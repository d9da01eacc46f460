using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>A hand-raise after a lead was closed or parked is never ignored: the lead comes back where someone works it.</summary>
public class LeadHandRaiseAfterDecisionTests
{
    private static ScoreCard Score(Lead lead, EventsBuilder events) =>
        LeadScorer.Score(Definitions.Default, lead.FitProfile, events.Build(), TestClock.Now);

    [Fact]
    public void ADemoRequestAfterDisqualificationReopensTheLeadAndAFittingOneBecomesAnMql()
    {
        var lead = LeadBuilder.IcpFit().CreatedAt(TestClock.DaysAgo(60)).InStage(LifecycleStage.Disqualified, TestClock.DaysAgo(20)).Build();

        lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 0.01)), TestClock.Now);

        Assert.Equal(LifecycleStage.MQL, lead.Stage);
        var reopened = lead.StageHistory[^2];
        Assert.Equal((LifecycleStage.Disqualified, LifecycleStage.Lead, Lead.ScoringActor), (reopened.From!.Value, reopened.To, reopened.Actor));
        Assert.Contains("Demo request", reopened.Reason);
    }

    [Fact]
    public void ADemoRequestAfterDisqualificationReopensALeadOutsideTheIcpAsAPlainLead()
    {
        var lead = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).WithTitle("Intern")
            .CreatedAt(TestClock.DaysAgo(60)).InStage(LifecycleStage.Disqualified, TestClock.DaysAgo(20)).Build();

        lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 0.01)), TestClock.Now);

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void AHandRaiseFromBeforeTheDisqualificationDoesNotReopenIt()
    {
        var lead = LeadBuilder.IcpFit().CreatedAt(TestClock.DaysAgo(60)).InStage(LifecycleStage.Disqualified, TestClock.DaysAgo(2)).Build();

        Assert.Null(lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 5)), TestClock.Now));
        Assert.Equal(LifecycleStage.Disqualified, lead.Stage);
    }

    [Fact]
    public void AnEventTheDefinitionDoesNotCallAHandRaiseLeavesADisqualifiedLeadClosed()
    {
        var lead = LeadBuilder.IcpFit().CreatedAt(TestClock.DaysAgo(60)).InStage(LifecycleStage.Disqualified, TestClock.DaysAgo(20)).Build();

        lead.ApplyScore(Score(lead, EventsBuilder.None.PricingPageVisit(daysAgo: 0.01).WebinarAttended(daysAgo: 0.01)), TestClock.Now);

        Assert.Equal(LifecycleStage.Disqualified, lead.Stage);
    }

    [Fact]
    public void ADemoRequestBringsANurturedLeadOutsideTheIcpBackToTheQueueBeforeItsDate()
    {
        var lead = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).WithTitle("Intern")
            .CreatedAt(TestClock.DaysAgo(60)).InStage(LifecycleStage.Nurture, TestClock.DaysAgo(20)).Build();

        lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 0.01)), TestClock.Now);

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.Null(lead.ReactivationOn);
    }

    [Fact]
    public void ADoNotContactLeadStaysClosedWhateverItSends()
    {
        var lead = LeadBuilder.IcpFit().CreatedAt(TestClock.DaysAgo(60)).InStage(LifecycleStage.Disqualified, TestClock.DaysAgo(20)).DoNotContact().Build();

        lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 0.01)), TestClock.Now);

        Assert.Equal(LifecycleStage.Disqualified, lead.Stage);
    }
}
