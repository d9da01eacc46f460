using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Tests.Assignment;

public class LeadHandOnTests
{
    private const string Leaving = "b";
    private static SdrLoad Free(string id) => new(id, IsActive: true, OpenLeads: 10, Capacity: 100);
    private static SdrLoad Inactive(string id) => new(id, IsActive: false, OpenLeads: 0, Capacity: 100);
    private static SdrLoad Full(string id) => new(id, IsActive: true, OpenLeads: 100, Capacity: 100);

    [Fact]
    public void RoundRobinSpreadsTheLeadsOverTheOtherActiveSdrsInTurn()
    {
        var plan = LeadHandOn.Plan(Leaving, LeadDestination.RoundRobin, [Free("a"), Inactive(Leaving), Free("c"), Inactive("d")], lastAssigned: "a", [1, 2, 3, 4]);

        Assert.Equal([(1, "c"), (2, "a"), (3, "c"), (4, "a")], plan.Moves);
        Assert.Equal(0, plan.Unplaced);
    }

    [Fact]
    public void RoundRobinNeverGivesTheLeavingSdrTheirOwnLeadsEvenBeforeTheyAreDeactivated()
    {
        var plan = LeadHandOn.Plan(Leaving, LeadDestination.RoundRobin, [Free("a"), Free(Leaving)], lastAssigned: null, [1, 2]);

        Assert.All(plan.Moves, m => Assert.Equal("a", m.OwnerId));
    }

    [Fact]
    public void RoundRobinLeavesTheLeadsNobodyHasRoomForAndCountsThem()
    {
        var plan = LeadHandOn.Plan(Leaving, LeadDestination.RoundRobin, [new SdrLoad("a", true, 98, 100), Full("c")], lastAssigned: null, [1, 2, 3, 4, 5]);

        Assert.Equal([(1, "a"), (2, "a")], plan.Moves);
        Assert.Equal(3, plan.Unplaced);
    }

    [Fact]
    public void ANamedSdrTakesEveryLeadWhateverTheirLoad()
    {
        var plan = LeadHandOn.Plan(Leaving, LeadDestination.To("c"), [Free("a"), Full("c")], lastAssigned: "a", [7, 8, 9]);

        Assert.Equal([(7, "c"), (8, "c"), (9, "c")], plan.Moves);
        Assert.Equal(0, plan.Unplaced);
    }

    [Theory]
    [InlineData("d")] // deactivated
    [InlineData(Leaving)] // the one leaving
    [InlineData("nobody")] // not an SDR
    public void ANamedSdrMustBeAnotherActiveSdr(string named)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            LeadHandOn.Plan(Leaving, LeadDestination.To(named), [Free("a"), Free(Leaving), Inactive("d")], null, [1]));

        Assert.Equal(LeadHandOn.NotAnActiveSdr, refusal.Message);
    }
}
