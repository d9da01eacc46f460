using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>
/// The access policy's query form (what the database runs) and its in-memory form (what the domain and the
/// screens ask) give the same answer for every role, every relation to the lead and every stage.
/// </summary>
public class LeadAccessPolicyTests
{
    public enum Relation
    {
        Owner,
        SharedWith,
        Stranger,
        Unowned,
    }

    private const string Me = "me";

    public static TheoryData<string, Relation, LifecycleStage> EveryCase()
    {
        var data = new TheoryData<string, Relation, LifecycleStage>();
        foreach (var role in Roles.All.Append("none"))
        foreach (var relation in Enum.GetValues<Relation>())
        foreach (var stage in Enum.GetValues<LifecycleStage>())
            data.Add(role, relation, stage);
        return data;
    }

    private static Viewer ViewerIn(string role) => new(Me, role == "none" ? [] : [role]);

    private static Lead LeadFor(Relation relation, LifecycleStage stage)
    {
        var lead = LeadBuilder.IcpFit().InStage(stage).OwnedBy(relation switch
        {
            Relation.Owner => Me,
            Relation.Unowned => null!,
            _ => "someone-else",
        }).Build();
        if (relation == Relation.SharedWith)
            lead.ShareWith(Me, "manager", TestClock.Now);
        else if (relation == Relation.Stranger)
            lead.ShareWith("a-third-sdr", "manager", TestClock.Now);
        return lead;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void WhoMaySeeALeadIsTheSameInTheDatabaseAndInMemory(string role, Relation relation, LifecycleStage stage)
    {
        var viewer = ViewerIn(role);
        var lead = LeadFor(relation, stage);

        Assert.Equal(LeadAccessPolicy.Visible(viewer).Compile()(lead), LeadAccessPolicy.MaySee(viewer, lead));
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void WhoMayWorkALeadIsTheSameInTheDatabaseAndInMemory(string role, Relation relation, LifecycleStage stage)
    {
        var viewer = ViewerIn(role);
        var lead = LeadFor(relation, stage);

        Assert.Equal(LeadAccessPolicy.Workable(viewer).Compile()(lead), LeadAccessPolicy.MayWork(viewer, lead));
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void WhoMayAnswerAnMqlIsTheSameInTheDatabaseAndInMemory(string role, Relation relation, LifecycleStage stage)
    {
        var viewer = ViewerIn(role);
        var lead = LeadFor(relation, stage);

        Assert.Equal(LeadAccessPolicy.MqlsToAnswer(viewer).Compile()(lead), LeadAccessPolicy.MayAnswerMql(viewer, lead));
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void WhoeverMayWorkALeadMaySeeIt(string role, Relation relation, LifecycleStage stage)
    {
        var viewer = ViewerIn(role);
        var lead = LeadFor(relation, stage);

        Assert.True(!LeadAccessPolicy.MayWork(viewer, lead) || LeadAccessPolicy.MaySee(viewer, lead));
    }

    [Theory]
    [InlineData(Roles.Sdr, Relation.Owner, true)]
    [InlineData(Roles.Sdr, Relation.SharedWith, true)]
    [InlineData(Roles.Sdr, Relation.Stranger, false)]
    [InlineData(Roles.Sdr, Relation.Unowned, false)]
    [InlineData(Roles.Manager, Relation.Stranger, true)]
    [InlineData(Roles.Manager, Relation.Unowned, true)]
    [InlineData(Roles.Marketing, Relation.Stranger, false)]
    [InlineData(Roles.Admin, Relation.Stranger, false)]
    [InlineData(Roles.AccountExecutive, Relation.Owner, false)]
    public void AnSdrWorksTheLeadsTheyOwnOrThatAreSharedWithThemAndAManagerWorksAll(string role, Relation relation, bool works)
    {
        var lead = LeadFor(relation, LifecycleStage.MQL);

        Assert.Equal(works, LeadAccessPolicy.MayWork(ViewerIn(role), lead));
        Assert.Equal(works, LeadAccessPolicy.MayAnswerMql(ViewerIn(role), lead));
    }

    [Theory]
    [InlineData(LifecycleStage.SQL, true)]
    [InlineData(LifecycleStage.Opportunity, true)]
    [InlineData(LifecycleStage.SAL, false)]
    [InlineData(LifecycleStage.MQL, false)]
    public void AnAeSeesOnlyTheLeadsHandedToSales(LifecycleStage stage, bool sees)
    {
        Assert.Equal(sees, LeadAccessPolicy.MaySee(ViewerIn(Roles.AccountExecutive), LeadFor(Relation.Unowned, stage)));
    }

    [Theory]
    [InlineData(LifecycleStage.SQL, true)]
    [InlineData(LifecycleStage.SAL, false)]
    [InlineData(LifecycleStage.Opportunity, false)]
    public void OnlyAnSqlIsHandedOverAndBySomeoneWhoWorksIt(LifecycleStage stage, bool mayHandOver)
    {
        Assert.Equal(mayHandOver, LeadAccessPolicy.MayHandOver(ViewerIn(Roles.Sdr), LeadFor(Relation.SharedWith, stage)));
        Assert.False(LeadAccessPolicy.MayHandOver(ViewerIn(Roles.Sdr), LeadFor(Relation.Stranger, stage)));
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Manager, true)]
    [InlineData(Roles.Sdr, false)]
    [InlineData(Roles.Marketing, false)]
    [InlineData(Roles.AccountExecutive, false)]
    public void OnlyAdminsAndManagersHandOnTheLeadsTheLeavingUserStillOwns(string role, bool may)
    {
        var handedOn = LeadAccessPolicy.HandedOnFrom(ViewerIn(role), "leaving").Compile();

        Assert.Equal(may, handedOn(LeadBuilder.IcpFit().OwnedBy("leaving").Build()));
        Assert.False(handedOn(LeadBuilder.IcpFit().OwnedBy("someone-else").Build()));
        Assert.Equal(may, LeadAccessPolicy.MayHandOnLeads(ViewerIn(role)));
    }
}
