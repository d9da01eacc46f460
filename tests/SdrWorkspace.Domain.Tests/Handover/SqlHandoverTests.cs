using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Handover;

public class SqlHandoverTests
{
    private static readonly DateOnly NextMonth = TestClock.Today.AddMonths(1);

    private static Lead Sql() => LeadBuilder.IcpFit().OwnedBy(Actors.OwningSdr.UserId).InStage(LifecycleStage.SQL, TestClock.DaysAgo(1)).Build();

    private static SqlHandover HandedToAe(Lead lead, DateTime? at = null) =>
        SqlHandover.Start(lead, Actors.OwningSdr, Actors.Ae.UserId, byRule: false, Definitions.Default, at ?? TestClock.Now);

    [Fact]
    public void AHandoverIsDueWithinTheDefinitionsWorkingDays()
    {
        var handover = HandedToAe(Sql());

        Assert.Equal(HandoverStatus.Pending, handover.Status);
        Assert.Equal(TestClock.Now.AddDays(2), handover.DueAt);
    }

    [Fact]
    public void AHandoverFromFridayIsDueOnTuesday()
    {
        var friday = new DateTime(2025, 3, 14, 16, 0, 0, DateTimeKind.Utc);

        var handover = HandedToAe(Sql(), friday);

        Assert.Equal(new DateTime(2025, 3, 18, 16, 0, 0, DateTimeKind.Utc), handover.DueAt);
        Assert.Equal(SlaState.Breached, handover.Sla(Definitions.Default.Sla, new DateTime(2025, 3, 18, 17, 0, 0, DateTimeKind.Utc)).State);
    }

    [Fact]
    public void OnlyAnSqlCanBeHandedOver()
    {
        var sal = LeadBuilder.IcpFit().OwnedBy(Actors.OwningSdr.UserId).InStage(LifecycleStage.SAL).Build();

        var error = Assert.Throws<DomainException>(() => HandedToAe(sal));

        Assert.Equal("Only an SQL can be handed to an AE; this lead is SAL.", error.Message);
    }

    [Fact]
    public void AnotherSdrCannotHandOverSomeoneElsesLead()
    {
        var error = Assert.Throws<DomainException>(() =>
            SqlHandover.Start(Sql(), Actors.OtherSdr, Actors.Ae.UserId, byRule: false, Definitions.Default, TestClock.Now));

        Assert.Equal("Only the SDR who owns this lead or one it is shared with, or a manager, can hand it over.", error.Message);
    }

    [Fact]
    public void TheAeAcceptsWithAValueAndCloseDateAndTheLeadBecomesAnOpportunity()
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        handover.Accept(lead, Actors.Ae, 48_000m, NextMonth, 1, TestClock.Now.AddHours(3));

        Assert.Equal(LifecycleStage.Opportunity, lead.Stage);
        Assert.Equal((HandoverStatus.Accepted, 48_000m, NextMonth, "chris@demo.local"),
            (handover.Status, handover.EstimatedValue!.Value, handover.CloseOn!.Value, handover.DecidedBy));
        Assert.Equal("chris@demo.local", lead.StageHistory[^1].Actor);
    }

    [Theory]
    [InlineData(0, 30, "The estimated value must be between 1 and 10,000,000,000,000.")]
    [InlineData(10_000, 0, "The expected close date must be in the future.")]
    public void AnAcceptanceNeedsAPositiveValueAndAFutureCloseDate(int value, int closeInDays, string expected)
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        var error = Assert.Throws<DomainException>(() => handover.Accept(lead, Actors.Ae, value, TestClock.Today.AddDays(closeInDays), 1, TestClock.Now));

        Assert.Equal(expected, error.Message);
        Assert.Equal((LifecycleStage.SQL, HandoverStatus.Pending), (lead.Stage, handover.Status));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0.5")]
    [InlineData("10000000000000.01")]
    [InlineData("79228162514264337593543950335")]
    public void AnEstimatedValueOutsideItsRangeIsRefusedAndNothingChanges(string value)
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        var error = Assert.Throws<DomainException>(() =>
            handover.Accept(lead, Actors.Ae, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), NextMonth, 1, TestClock.Now));

        Assert.Equal(Ranges.EstimatedValue.Problem, error.Message);
        Assert.Equal((LifecycleStage.SQL, HandoverStatus.Pending, (decimal?)null), (lead.Stage, handover.Status, handover.EstimatedValue));
    }

    [Fact]
    public void AnSdrCannotAcceptForTheAe()
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        var error = Assert.Throws<DomainException>(() => handover.Accept(lead, Actors.OwningSdr, 10_000m, NextMonth, 1, TestClock.Now));

        Assert.Equal("Only the AE it was handed to, or a manager, can accept or return this handover.", error.Message);
        Assert.Equal(LifecycleStage.SQL, lead.Stage);
    }

    [Fact]
    public void AnotherAeCannotAcceptAHandoverMeantForSomeoneElse()
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        Assert.Throws<DomainException>(() => handover.Accept(lead, Actors.OtherAe, 10_000m, NextMonth, 1, TestClock.Now));
    }

    [Fact]
    public void AReturnedHandoverGoesBackToSalWithTheReason()
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        handover.Return(lead, Actors.Ae, "No budget owner identified yet", 1, TestClock.Now);

        Assert.Equal(LifecycleStage.SAL, lead.Stage);
        Assert.Equal((HandoverStatus.Returned, "No budget owner identified yet"), (handover.Status, handover.ReturnReason));
        Assert.Equal("Handover returned: No budget owner identified yet", lead.StageHistory[^1].Reason);
    }

    [Fact]
    public void AReturnNeedsAReason()
    {
        var lead = Sql();
        var handover = HandedToAe(lead);

        var error = Assert.Throws<DomainException>(() => handover.Return(lead, Actors.Ae, "", 1, TestClock.Now));

        Assert.Equal("Returning a handover needs a reason.", error.Message);
    }

    [Fact]
    public void ADecidedHandoverCannotBeDecidedAgain()
    {
        var lead = Sql();
        var handover = HandedToAe(lead);
        handover.Accept(lead, Actors.Ae, 10_000m, NextMonth, 1, TestClock.Now);

        var error = Assert.Throws<DomainException>(() => handover.Return(lead, Actors.Ae, "Changed my mind", 1, TestClock.Now));

        Assert.Equal("This handover was already accepted.", error.Message);
    }
}
