using SdrWorkspace.Web.Features.Bulk;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Tests.Features.Bulk;

public class BulkOutcomeTests
{
    private static BulkItem Item(string name, WorkResult result) => new(new BulkTarget(name.Length, name, 1), result);

    private static IEnumerable<BulkItem> Done(int count) => Enumerable.Range(1, count).Select(i => Item($"Lead {i}", WorkResult.Done));

    [Fact]
    public void AllDoneSaysHowManyAndNothingElse()
    {
        var outcome = new BulkOutcome("reassigned", Done(20).ToList());

        Assert.Equal("20 reassigned.", outcome.Summary);
        Assert.Empty(outcome.Failures);
        Assert.False(outcome.Stopped);
        Assert.Null(outcome.StoppedNote);
    }

    [Fact]
    public void LeadsChangedMeanwhileAreCountedAndNamed()
    {
        var outcome = new BulkOutcome("reassigned",
            [.. Done(18), Item("Ann Lee", WorkResult.Conflict()), Item("Bo Chen", WorkResult.Conflict())]);

        Assert.Equal("18 reassigned; 2 not: changed by someone else meanwhile (Ann Lee, Bo Chen).", outcome.Summary);
        Assert.Equal((18, 2), (outcome.Succeeded, outcome.Failed));
    }

    [Fact]
    public void FailuresAreGroupedByReasonInTheOrderTheyFirstHappened()
    {
        var outcome = new BulkOutcome("accepted",
        [
            Item("Ann Lee", WorkResult.Refused("This lead is no longer an MQL: it is SAL.")),
            .. Done(3),
            Item("Bo Chen", WorkResult.Missing()),
            Item("Cy Diaz", WorkResult.Refused("This lead is no longer an MQL: it is SAL.")),
        ]);

        Assert.Equal(
            "3 accepted; 3 not: this lead is no longer an MQL: it is SAL (Ann Lee, Cy Diaz); not yours to act on, or no longer there (Bo Chen).",
            outcome.Summary);
        Assert.Equal([["Ann Lee", "Cy Diaz"], ["Bo Chen"]], outcome.Failures.Select(f => f.Names));
    }

    [Fact]
    public void AReasonNamesTenLeadsAndCountsTheRest()
    {
        var outcome = new BulkOutcome("shared", Enumerable.Range(1, 13).Select(i => Item($"Lead {i}", WorkResult.Conflict())).ToList());

        Assert.Equal(
            "0 shared; 13 not: changed by someone else meanwhile (Lead 1, Lead 2, Lead 3, Lead 4, Lead 5, Lead 6, Lead 7, Lead 8, Lead 9, Lead 10 and 3 more).",
            outcome.Summary);
    }

    [Fact]
    public void ABusyDatabaseStopsTheActionAndTheNoteSaysWhichWereDone()
    {
        var outcome = new BulkOutcome("reassigned",
            [.. Done(2), Item("Ann Lee", WorkResult.Busy), Item("Bo Chen", WorkResult.Busy)]);

        Assert.True(outcome.Stopped);
        Assert.Equal($"2 reassigned; 2 not: {BulkOutcome.BusyReason} (Ann Lee, Bo Chen).", outcome.Summary);
        Assert.Equal("The database was busy, so it stopped after these 2: Lead 1, Lead 2.", outcome.StoppedNote);
    }

    [Fact]
    public void ARefusedActionNamesEveryLeadWithTheReason()
    {
        var outcome = BulkOutcome.Refused("reassigned", [new BulkTarget(1, "Ann Lee"), new BulkTarget(2, "Bo Chen")], BulkLeadActions.ManagersOnly);

        Assert.Equal("0 reassigned; 2 not: only a manager can reassign or share leads (Ann Lee, Bo Chen).", outcome.Summary);
    }
}
