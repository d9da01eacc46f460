using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>Every open lead has its next step: the lead sets it by the cadence, the SDR may change it.</summary>
public class LeadFollowUpTests
{
    private static readonly DateTime Now = TestClock.Now;
    private static readonly CadencePolicy Cadence = Definitions.Default.Cadence;

    private static Touch Call(Lead lead, DateTime at, TouchOutcome outcome = TouchOutcome.NoAnswer) => new(lead.Id, TouchChannel.Call, outcome, at, "sam");

    private static CadenceTouch AsCadence(Touch touch) => new(touch.At, touch.Channel, touch.Outcome);

    [Fact]
    public void ANewLeadIsDueForItsFirstTouchWhenItArrives()
    {
        var lead = LeadBuilder.IcpFit().CreatedAt(Now).Build();

        Assert.Equal((Now, "First touch"), (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void ANoAnswerSchedulesTheNextAttemptByTheCadence()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.RecordTouch(Call(lead, Now), Cadence, []);

        Assert.Equal((Now.AddDays(1), "Attempt 2 of 8 (last: no answer)"), (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void ATouchReplacesTheStepTheSdrHadTyped()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.PlanNextAction(Now.AddDays(9), "Call after the board meeting", Now.AddHours(-1));

        lead.RecordTouch(Call(lead, Now, TouchOutcome.LeftVoicemail), Cadence, []);

        Assert.Equal(Now.AddDays(1), lead.NextActionAt);
    }

    [Fact]
    public void TheSdrCanChangeOrClearTheStepTheCadenceSet()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.RecordTouch(Call(lead, Now), Cadence, []);

        lead.PlanNextAction(Now.AddDays(5), "Try the mobile number", Now);
        Assert.Equal((Now.AddDays(5), "Try the mobile number"), (lead.NextActionAt, lead.NextActionNote));
        lead.PlanNextAction(null, null, Now);
        Assert.Null(lead.NextActionAt);
    }

    [Fact]
    public void EarlierTouchesOfTheCadenceSpaceTheNextAttempt()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var before = Call(lead, Now.AddDays(-1));
        lead.RecordTouch(before, Cadence, []);

        lead.RecordTouch(Call(lead, Now), Cadence, [AsCadence(before)]);

        Assert.Equal((Now.AddDays(2), "Attempt 3 of 8 (last: no answer)"), (lead.NextActionAt, lead.NextActionNote));
    }

    [Theory]
    [InlineData(LifecycleStage.SQL)]
    [InlineData(LifecycleStage.Disqualified)]
    [InlineData(LifecycleStage.Nurture)]
    public void AFinishedQualificationLeavesNoFollowUp(LifecycleStage finished)
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.SAL).Build();

        lead.MoveTo(Moves.To(finished, Now));

        Assert.Equal((null, null), (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void ANurturedLeadBackInTheQueueIsDueAtOnce()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture, Now.AddDays(-100)).Build();

        lead.MoveTo(Moves.To(LifecycleStage.Lead, Now));

        Assert.Equal((Now, "First touch"), (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void ATouchOnANurturedLeadPlansNothing()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture).Build();

        lead.RecordTouch(Call(lead, Now), Cadence, []);

        Assert.Null(lead.NextActionAt);
    }

    [Fact]
    public void AnAcceptedMqlKeepsItsStep()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build();
        lead.RecordTouch(Call(lead, Now.AddHours(-1)), Cadence, []);
        var planned = lead.NextActionAt;

        lead.MoveTo(Moves.To(LifecycleStage.SAL, Now));

        Assert.Equal(Now.AddHours(-1).AddDays(1), planned);
        Assert.Equal(planned, lead.NextActionAt);
    }

    [Fact]
    public void DoNotContactTakesTheStepAway()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.MarkDoNotContact();

        Assert.Null(lead.NextActionAt);
    }

    [Fact]
    public void AnUnownedLeadAssignedWithoutAStepIsDueWhenAssigned()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.PlanNextAction(null, null, Now);

        lead.AssignTo("sam", Now);

        Assert.Equal((Now, "First touch"), (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void AReassignedLeadKeepsTheStepItHad()
    {
        var lead = LeadBuilder.IcpFit().OwnedBy("sam").Build();
        lead.PlanNextAction(Now.AddDays(3), "Send the case study", Now);

        lead.AssignTo("alex", Now);

        Assert.Equal(Now.AddDays(3), lead.NextActionAt);
    }

    [Fact]
    public void UndoingTheOnlyTouchMakesTheLeadDueAgainAtOnce()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var slip = Call(lead, Now);
        lead.RecordTouch(slip, Cadence, []);

        lead.UndoTouch(slip, Cadence, []);

        Assert.Equal((Now, "First touch", (DateTime?)null), (lead.NextActionAt!.Value, lead.NextActionNote!, lead.LastTouchAt));
    }

    [Fact]
    public void UndoingATouchGivesBackTheStepTheTouchBeforeItSet()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var first = Call(lead, Now.AddDays(-1));
        lead.RecordTouch(first, Cadence, []);
        var slip = Call(lead, Now, TouchOutcome.Connected);
        lead.RecordTouch(slip, Cadence, [AsCadence(first)]);

        lead.UndoTouch(slip, Cadence, [AsCadence(first)]);

        Assert.Equal((Now, "Attempt 2 of 8 (last: no answer)", (DateTime?)first.At), (lead.NextActionAt!.Value, lead.NextActionNote!, lead.LastTouchAt));
    }
}
