using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Handover;

public class RecyclingTests
{
    private static Lead Scored(LeadBuilder builder)
    {
        var lead = builder.CreatedAt(TestClock.DaysAgo(40)).Build();
        lead.ApplyScore(LeadScorer.Score(Definitions.Default, lead.FitProfile, [], TestClock.DaysAgo(40)), TestClock.DaysAgo(40));
        return lead;
    }

    /// <summary>Ten unanswered touches over the last three weeks: more than the minimum, past the minimum days.</summary>
    private static List<(DateTime At, bool IsResponse)> SpentCadence() =>
        Enumerable.Range(0, 10).Select(i => (TestClock.DaysAgo(21 - 2 * i), false)).ToList();

    [Fact]
    public void AFittingLeadWithASpentCadenceGoesToNurtureWithAReactivationDate()
    {
        var lead = Scored(LeadBuilder.IcpFit());

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence(), TestClock.Now);

        Assert.NotNull(change);
        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
        Assert.Equal(TestClock.Today.AddMonths(4), lead.ReactivationOn);
        Assert.Equal(Recycling.Actor, change.Actor);
        Assert.Contains("fits the ICP, recycled to marketing", change.Reason);
    }

    [Fact]
    public void ANonFittingLeadWithASpentCadenceIsDisqualified()
    {
        var lead = Scored(LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).WithTitle("Intern"));

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence(), TestClock.Now);

        Assert.Equal(LifecycleStage.Disqualified, lead.Stage);
        Assert.Contains("outside the ICP", change!.Reason);
    }

    [Fact]
    public void ALeadStillInItsCadenceStays()
    {
        var lead = Scored(LeadBuilder.IcpFit());

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence().Take(3).ToList(), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void TouchesBeforeAReactivationDoNotCountAgainstTheNewCadence()
    {
        var lead = Scored(LeadBuilder.IcpFit());
        Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence(), TestClock.DaysAgo(0.5));
        lead.MoveTo(Moves.To(LifecycleStage.Lead, TestClock.DaysAgo(0.2), "Reopened"));

        var change = Recycling.RecycleIfSpent(lead, Definitions.Default, SpentCadence(), TestClock.Now);

        Assert.Null(change);
    }

    [Fact]
    public void ANurturedLeadReturnsToTheQueueOnItsReactivationDate()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.MoveTo(new StageMove(LifecycleStage.Nurture, Moves.Sdr, "Timing", 1, TestClock.DaysAgo(90), TestClock.Today));

        var change = Recycling.ReactivateIfDue(lead, 1, TestClock.Now);

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.Null(lead.ReactivationOn);
        Assert.Equal((LifecycleStage.Nurture, Recycling.Actor), (change!.From!.Value, change.Actor));
    }

    [Fact]
    public void ANurturedLeadWaitsUntilItsReactivationDate()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.MoveTo(new StageMove(LifecycleStage.Nurture, Moves.Sdr, "Timing", 1, TestClock.DaysAgo(1), TestClock.Today.AddDays(1)));

        Assert.Null(Recycling.ReactivateIfDue(lead, 1, TestClock.Now));
        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
    }

    [Fact]
    public void ADisqualifiedLeadIsReopenedWithAnAuditedMove()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Disqualified).Build();

        var change = lead.MoveTo(new StageMove(LifecycleStage.Lead, "manager@demo.local", "Reopened: new budget this quarter", 1, TestClock.Now));

        Assert.Equal((LifecycleStage.Disqualified, LifecycleStage.Lead, "manager@demo.local", "Reopened: new budget this quarter"),
            (change.From!.Value, change.To, change.Actor, change.Reason));
    }

    [Fact]
    public void ReopeningADisqualifiedLeadNeedsAReason()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Disqualified).Build();

        var error = Assert.Throws<DomainException>(() => lead.MoveTo(new StageMove(LifecycleStage.Lead, "manager@demo.local", " ", 1, TestClock.Now)));

        Assert.Equal("Reopening a disqualified lead needs a reason.", error.Message);
        Assert.Equal(LifecycleStage.Disqualified, lead.Stage);
    }
}
