using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Tests.Users;

public class TeamRulesTests
{
    private static TeamMember Admin(string id, bool active = true) => new(id, active, [Roles.Admin]);
    private static TeamMember Sdr(string id, bool active = true) => new(id, active, [Roles.Sdr]);

    [Fact]
    public void TheOnlyActiveAdminCannotDropTheAdminRole()
    {
        IReadOnlyList<TeamMember> team = [Admin("ann"), Admin("old", active: false), Sdr("sam")];

        var refusal = Assert.Throws<DomainException>(() => TeamRules.CheckRoleChange(team, "ann", [Roles.Manager]));

        Assert.Equal(TeamRules.NoAdminLeft, refusal.Message);
    }

    [Fact]
    public void AnAdminMayDropTheirAdminRoleWhileAnotherActiveAdminRemains()
    {
        IReadOnlyList<TeamMember> team = [Admin("ann"), Admin("bob"), Sdr("sam")];

        var roles = TeamRules.CheckRoleChange(team, "ann", [Roles.Manager]);

        Assert.Equal([Roles.Manager], roles);
    }

    [Fact]
    public void RolesComeBackInTheProductsOrderWithoutRepeats()
    {
        IReadOnlyList<TeamMember> team = [Admin("ann"), Sdr("sam")];

        var roles = TeamRules.CheckRoleChange(team, "sam", [Roles.Admin, Roles.Sdr, Roles.Admin]);

        Assert.Equal([Roles.Sdr, Roles.Admin], roles);
    }

    [Fact]
    public void AUserMustKeepAtLeastOneRole()
    {
        var refusal = Assert.Throws<DomainException>(() => TeamRules.CheckRoleChange([Admin("ann"), Sdr("sam")], "sam", []));

        Assert.Equal(TeamRules.NoRole, refusal.Message);
    }

    [Fact]
    public void AnUnknownRoleIsRefusedByName()
    {
        var refusal = Assert.Throws<DomainException>(() => TeamRules.CheckRoles([Roles.Sdr, "<script>Owner</script>"]));

        Assert.Equal("There is no role \"<script>Owner</script>\".", refusal.Message);
    }

    [Fact]
    public void AnAdminCannotDeactivateThemselvesEvenWithOtherAdmins()
    {
        var refusal = Assert.Throws<DomainException>(() => TeamRules.CheckDeactivation([Admin("ann"), Admin("bob")], actorId: "ann", userId: "ann"));

        Assert.Equal(TeamRules.NotYourself, refusal.Message);
    }

    [Fact]
    public void TheLastActiveAdminCannotBeDeactivatedByAnyone()
    {
        // A second admin account that is deactivated does not count: it cannot sign in to undo anything.
        IReadOnlyList<TeamMember> team = [Admin("ann"), Admin("bob", active: false), new("mgr", true, [Roles.Manager, Roles.Admin])];

        TeamRules.CheckDeactivation(team, actorId: "mgr", userId: "ann");
        var refusal = Assert.Throws<DomainException>(() =>
            TeamRules.CheckDeactivation([Admin("ann"), Admin("bob", active: false), new("mgr", true, [Roles.Manager])], actorId: "mgr", userId: "ann"));

        Assert.Equal(TeamRules.NoAdminLeft, refusal.Message);
    }

    [Fact]
    public void AnSdrCanBeDeactivatedOnceAndNotTwice()
    {
        TeamRules.CheckDeactivation([Admin("ann"), Sdr("sam")], actorId: "ann", userId: "sam");

        var refusal = Assert.Throws<DomainException>(() => TeamRules.CheckDeactivation([Admin("ann"), Sdr("sam", active: false)], "ann", "sam"));

        Assert.Equal("This user is already deactivated.", refusal.Message);
    }
}
