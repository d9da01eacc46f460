using SdrWorkspace.Domain.Assignment;

namespace SdrWorkspace.Domain.Tests.Assignment;

public class RoundRobinTests
{
    private static SdrLoad Free(string id) => new(id, IsActive: true, OpenLeads: 10, Capacity: 100);
    private static SdrLoad Inactive(string id) => new(id, IsActive: false, OpenLeads: 0, Capacity: 100);
    private static SdrLoad Full(string id) => new(id, IsActive: true, OpenLeads: 100, Capacity: 100);

    [Fact]
    public void TheFirstLeadEverGoesToTheFirstSdrByUserId()
    {
        var owners = RoundRobin.Assign([Free("b"), Free("a"), Free("c")], lastAssigned: null, leads: 1);

        Assert.Equal(["a"], owners);
    }

    [Fact]
    public void TheNextLeadGoesToTheSdrAfterWhoeverGotTheLastOne()
    {
        var owners = RoundRobin.Assign([Free("a"), Free("b"), Free("c")], lastAssigned: "b", leads: 1);

        Assert.Equal(["c"], owners);
    }

    [Fact]
    public void AfterTheLastSdrTheTurnGoesBackToTheFirst()
    {
        var owners = RoundRobin.Assign([Free("a"), Free("b"), Free("c")], lastAssigned: "c", leads: 1);

        Assert.Equal(["a"], owners);
    }

    [Fact]
    public void TheOrderIsByUserIdWhateverOrderTheSdrsComeIn()
    {
        var owners = RoundRobin.Assign([Free("c"), Free("a"), Free("b")], lastAssigned: "a", leads: 1);

        Assert.Equal(["b"], owners);
    }

    [Fact]
    public void SeveralLeadsAreSpreadInTurn()
    {
        var owners = RoundRobin.Assign([Free("a"), Free("b"), Free("c")], lastAssigned: "a", leads: 5);

        Assert.Equal(["b", "c", "a", "b", "c"], owners);
    }

    [Fact]
    public void ADeactivatedSdrIsSkipped()
    {
        var owners = RoundRobin.Assign([Free("a"), Inactive("b"), Free("c")], lastAssigned: "a", leads: 3);

        Assert.Equal(["c", "a", "c"], owners);
    }

    [Fact]
    public void AnSdrAtCapacityIsSkipped()
    {
        var owners = RoundRobin.Assign([Free("a"), Full("b"), Free("c")], lastAssigned: "a", leads: 1);

        Assert.Equal(["c"], owners);
    }

    [Fact]
    public void LeadsAssignedInThisRoundCountTowardsCapacity()
    {
        var owners = RoundRobin.Assign(
            [new SdrLoad("a", true, OpenLeads: 9, Capacity: 10), Free("b")], lastAssigned: null, leads: 4);

        Assert.Equal(["a", "b", "b", "b"], owners);
    }

    [Fact]
    public void AssignmentStopsWhenNobodyCanTakeMore()
    {
        var owners = RoundRobin.Assign(
            [new SdrLoad("a", true, OpenLeads: 4, Capacity: 5), new SdrLoad("b", true, OpenLeads: 5, Capacity: 6), Inactive("c")],
            lastAssigned: "c", leads: 5);

        Assert.Equal(["a", "b"], owners);
    }

    [Fact]
    public void WithEveryoneFullOrInactiveNoLeadIsAssigned()
    {
        var owners = RoundRobin.Assign([Full("a"), Inactive("b")], lastAssigned: "a", leads: 3);

        Assert.Empty(owners);
    }

    [Fact]
    public void WithoutSdrsNoLeadIsAssigned()
    {
        var owners = RoundRobin.Assign([], lastAssigned: "a", leads: 3);

        Assert.Empty(owners);
    }

    [Fact]
    public void ALastOwnerWhoIsNoLongerAnSdrStartsTheTurnFromTheFirst()
    {
        var owners = RoundRobin.Assign([Free("b"), Free("c")], lastAssigned: "a-manager", leads: 1);

        Assert.Equal(["b"], owners);
    }

    [Fact]
    public void TheLastOwnerGetsTheLeadAgainWhenNobodyElseCanTakeIt()
    {
        var owners = RoundRobin.Assign([Free("a"), Inactive("b")], lastAssigned: "a", leads: 2);

        Assert.Equal(["a", "a"], owners);
    }

    [Fact]
    public void UserIdsAreOrderedOrdinallyNotByCulture()
    {
        var owners = RoundRobin.Assign([Free("b"), Free("B"), Free("a")], lastAssigned: null, leads: 3);

        Assert.Equal(["B", "a", "b"], owners);
    }

    [Theory]
    [InlineData(true, 9, 10, true)]
    [InlineData(true, 10, 10, false)]
    [InlineData(false, 0, 10, false)]
    public void AnSdrCanTakeMoreOnlyWhenActiveAndBelowCapacity(bool active, int open, int capacity, bool canTakeMore)
    {
        Assert.Equal(canTakeMore, new SdrLoad("a", active, open, capacity).CanTakeMore);
    }

    [Fact]
    public void ABulkReassignmentOfTwentySpreadsThemEvenlyOverTheActiveSdrsWithRoom()
    {
        var owners = RoundRobin.Assign([Free("a"), Free("b"), Inactive("c"), Free("d"), Full("e"), Free("f")], lastAssigned: null, leads: 20);

        Assert.Equal(20, owners.Count);
        Assert.Equal(["a", "b", "d", "f"], owners.Distinct().Order());
        Assert.All(owners.GroupBy(o => o), g => Assert.Equal(5, g.Count()));
        Assert.Equal(["a", "b", "d", "f", "a"], owners.Take(5));
    }

    [Fact]
    public void ABulkLargerThanTheRoomLeftFillsEachSdrToCapacityAndNoFurther()
    {
        var owners = RoundRobin.Assign(
            [new SdrLoad("a", true, OpenLeads: 8, Capacity: 10), new SdrLoad("b", true, OpenLeads: 9, Capacity: 10)],
            lastAssigned: null, leads: 20);

        Assert.Equal(["a", "b", "a"], owners);
    }
}
