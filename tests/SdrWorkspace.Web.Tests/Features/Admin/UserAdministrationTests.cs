using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Components.Account;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Admin;

public class UserAdministrationTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private const string NewPassword = "Fresh-Passw0rd-42!";

    private UserAdministration Admin => app.Services.GetRequiredService<UserAdministration>();

    [Fact]
    public async Task ACreatedUserSetsTheirPasswordThroughTheLinkThenSignsInAndTheLinkIsSpent()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var created = await Admin.CreateAsync(admin, new NewUser("Nia Okafor", email, [Roles.Sdr, Roles.Manager]));
        using var browser = app.CreateBrowser();
        using var set = await SetPasswordAsync(browser, created.Link!, NewPassword);
        using var signIn = await LoginForm.SubmitAsync(app.CreateBrowser(), email, NewPassword);
        var again = await browser.GetStringAsync(created.Link);

        Assert.True(created.Result.Succeeded, created.Result.Error);
        Assert.Contains("Your password is set.", await set.Content.ReadAsStringAsync());
        Assert.True(LoginForm.SetsAuthCookie(signIn));
        Assert.Contains("This link has already been used", again);
        await using var db = app.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal("Nia Okafor", user.DisplayName);
        Assert.Equal([Roles.Manager, Roles.Sdr], await RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task ANewUserCannotSignInBeforeSettingAPassword()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.com";
        await Admin.CreateAsync(admin, new NewUser("No Password Yet", email, [Roles.Sdr]));

        using var signIn = await LoginForm.SubmitAsync(app.CreateBrowser(), email, "");

        Assert.False(LoginForm.SetsAuthCookie(signIn));
    }

    [Fact]
    public async Task ALinkOlderThanItsLifespanSaysItHasExpiredAndSetsNothing()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var created = await Admin.CreateAsync(admin, new NewUser("Late Starter", $"late-{Guid.NewGuid():N}@example.com", [Roles.Sdr]));
        var clock = (FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        clock.Advance(PasswordLinks.Lifespan + TimeSpan.FromMinutes(1));
        using var browser = app.CreateBrowser();

        var page = await browser.GetStringAsync(created.Link);

        Assert.Contains("This link has expired", page);
        Assert.DoesNotContain("name=\"Input.Password\"", page);
    }

    [Fact]
    public async Task ALinkWithATamperedTokenIsNotValid()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var created = await Admin.CreateAsync(admin, new NewUser("Curious Cat", $"cat-{Guid.NewGuid():N}@example.com", [Roles.Sdr]));

        var page = await app.CreateBrowser().GetStringAsync(created.Link![..^4] + "AAAA");

        Assert.Contains("This link is not valid", page);
    }

    [Fact]
    public async Task ASecondUserWithTheSameEmailIsRefusedWithIdentitysReason()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);

        var created = await Admin.CreateAsync(admin, new NewUser("Sam Again", DemoUsers.Sdr.Email, [Roles.Sdr]));

        Assert.Equal(WorkResultKind.Refused, created.Result.Kind);
        Assert.Contains("is already taken", created.Result.Error);
        Assert.Null(created.Link);
    }

    [Fact]
    public async Task DeactivatingAnSdrEndsTheirSessionAndHandsTheirOpenLeadsOnRoundRobin()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (leaving, leavingId) = await NewUserAsync(Roles.Sdr);
        var open = new[] { await app.AddMqlAsync(leavingId), await app.AddMqlAsync(leavingId), await app.AddMqlAsync(leavingId) };
        var closed = await AddDisqualifiedLeadAsync(leavingId);
        using var session = await app.SignedInBrowserAsync(leaving);

        var report = await Admin.DeactivateAsync(admin, leavingId, LeadDestination.RoundRobin);

        Assert.True(report.Result.Succeeded, report.Result.Error);
        Assert.Equal(3, report.Moved);
        Assert.Empty(report.NotMoved);
        await using var db = app.CreateDbContext();
        var activeSdrs = await ActiveSdrIdsAsync();
        var owners = await db.Leads.Where(l => open.Contains(l.Id)).Select(l => l.OwnerId).ToListAsync();
        Assert.All(owners, o => Assert.Contains(o, activeSdrs));
        Assert.True(owners.Distinct().Count() > 1, "round robin gives consecutive leads to different SDRs");
        Assert.Equal(leavingId, (await db.Leads.SingleAsync(l => l.Id == closed)).OwnerId);
        using var afterwards = await session.GetAsync("/leads");
        Assert.Equal(LoginForm.Path, afterwards.Headers.Location?.AbsolutePath);
        using var signIn = await LoginForm.SubmitAsync(app.CreateBrowser(), leaving.Email, app.DemoPassword);
        Assert.False(LoginForm.SetsAuthCookie(signIn));
    }

    [Fact]
    public async Task DeactivatingAnSdrCanHandEveryOpenLeadToOneNamedSdr()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (_, leavingId) = await NewUserAsync(Roles.Sdr);
        var open = new[] { await app.AddMqlAsync(leavingId), await app.AddMqlAsync(leavingId) };
        var alex = await IdOfAsync("alex.chen@demo.local");

        var report = await Admin.DeactivateAsync(admin, leavingId, LeadDestination.To(alex));

        Assert.Equal(2, report.Moved);
        await using var db = app.CreateDbContext();
        Assert.All(await db.Leads.Where(l => open.Contains(l.Id)).ToListAsync(), l => Assert.Equal(alex, l.OwnerId));
        var handedOn = await db.AdminAuditEntries.Where(e => e.SubjectId == leavingId && e.Action == AdminAction.LeadsHandedOn).SingleAsync();
        Assert.Equal("2 open leads moved, to Alex Chen", handedOn.Details);
    }

    [Fact]
    public async Task LeadsCannotGoToADeactivatedSdrAndTheUserStaysActiveWhenTheNamedSdrIsRefused()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (_, leavingId) = await NewUserAsync(Roles.Sdr);
        await app.AddMqlAsync(leavingId);
        var tom = await IdOfAsync("tom.becker@demo.local");

        var report = await Admin.DeactivateAsync(admin, leavingId, LeadDestination.To(tom));

        // The deactivation itself went through; the hand-on is refused and can be retried from the page.
        Assert.Equal(LeadHandOn.NotAnActiveSdr, report.Result.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Leads.CountAsync(l => l.OwnerId == leavingId));
        var retried = await Admin.HandOnLeadsAsync(admin, leavingId, LeadDestination.RoundRobin);
        Assert.Equal(1, retried.Moved);
    }

    [Fact]
    public async Task TheAssignmentJobGivesNoNewLeadToADeactivatedSdr()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (_, leavingId) = await NewUserAsync(Roles.Sdr);
        await Admin.DeactivateAsync(admin, leavingId, LeadDestination.RoundRobin);
        await using (var db = app.CreateDbContext())
        {
            db.Leads.AddRange(Enumerable.Range(0, 12).Select(i =>
                new Lead(new NewLead($"arrival-{Guid.NewGuid():N}@example.com", "New", $"Arrival {i}"), "test", 1, SdrWorkspaceFactory.Now)));
            await db.SaveChangesAsync();
        }

        await app.Services.GetRequiredService<LeadAssignment>().AssignUnownedAsync();

        await using var check = app.CreateDbContext();
        Assert.Equal(0, await check.Leads.CountAsync(l => l.OwnerId == leavingId));
        Assert.Equal(0, await check.Leads.CountAsync(l => l.OwnerId == null && l.Email.StartsWith("arrival-")));
    }

    [Fact]
    public async Task AnAdminCannotDemoteOrDeactivateThemselvesAsTheLastAdmin()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var adminId = IdOf(admin);

        var demoted = await Admin.ChangeRolesAsync(admin, adminId, [Roles.Manager]);
        var deactivated = await Admin.DeactivateAsync(admin, adminId, LeadDestination.RoundRobin);

        Assert.Equal(TeamRules.NoAdminLeft, demoted.Error);
        Assert.Equal(TeamRules.NotYourself, deactivated.Result.Error);
        Assert.Equal([Roles.Admin], await RolesOfAsync(adminId));
        await using var db = app.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == adminId)).IsActive);
    }

    [Fact]
    public async Task ChangingRolesEndsTheUsersSessionsSoTheNewRolesApplyAtOnce()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (user, userId) = await NewUserAsync(Roles.Sdr);
        using var session = await app.SignedInBrowserAsync(user);

        var changed = await Admin.ChangeRolesAsync(admin, userId, [Roles.Marketing]);

        Assert.True(changed.Succeeded, changed.Error);
        Assert.Equal([Roles.Marketing], await RolesOfAsync(userId));
        using var afterwards = await session.GetAsync("/leads");
        Assert.Equal(LoginForm.Path, afterwards.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AnUnlockedUserCanSignInAgainBeforeTheLockoutEnds()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (user, userId) = await NewUserAsync(Roles.Sdr);
        for (var attempt = 0; attempt < 5; attempt++)
            (await LoginForm.SubmitAsync(app.CreateBrowser(), user.Email, "wrong-password")).Dispose();
        using var locked = await LoginForm.SubmitAsync(app.CreateBrowser(), user.Email, app.DemoPassword);

        var unlocked = await Admin.UnlockAsync(admin, userId);
        using var signIn = await LoginForm.SubmitAsync(app.CreateBrowser(), user.Email, app.DemoPassword);

        Assert.False(LoginForm.SetsAuthCookie(locked));
        Assert.True(unlocked.Succeeded, unlocked.Error);
        Assert.True(LoginForm.SetsAuthCookie(signIn));
    }

    [Fact]
    public async Task AResetPasswordStopsTheOldOneEndsSessionsAndTheLinkSetsANewOne()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (user, userId) = await NewUserAsync(Roles.Sdr);
        using var session = await app.SignedInBrowserAsync(user);

        var reset = await Admin.ResetPasswordAsync(admin, userId);
        using var oldPassword = await LoginForm.SubmitAsync(app.CreateBrowser(), user.Email, app.DemoPassword);
        using var afterwards = await session.GetAsync("/leads");
        using var set = await SetPasswordAsync(app.CreateBrowser(), reset.Link!, NewPassword);
        using var newPassword = await LoginForm.SubmitAsync(app.CreateBrowser(), user.Email, NewPassword);

        Assert.True(reset.Result.Succeeded, reset.Result.Error);
        Assert.False(LoginForm.SetsAuthCookie(oldPassword));
        Assert.Equal(LoginForm.Path, afterwards.Headers.Location?.AbsolutePath);
        Assert.True(LoginForm.SetsAuthCookie(newPassword));
    }

    [Fact]
    public async Task ASecondResetSpendsTheFirstLink()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        var (_, userId) = await NewUserAsync(Roles.Sdr);

        var first = await Admin.ResetPasswordAsync(admin, userId);
        await Admin.ResetPasswordAsync(admin, userId);

        Assert.Contains("already been used, or a newer one replaced it", await app.CreateBrowser().GetStringAsync(first.Link));
    }

    [Fact]
    public async Task EveryAdminActionIsRecordedWithWhoWhenWhatAndForWhomLatestFirst()
    {
        var admin = await app.PrincipalOfAsync(DemoUsers.Admin);
        const string hostileName = "<script>alert(1)</script> مرحبا 🎉";
        var email = $"audit-{Guid.NewGuid():N}@example.com";
        var created = await Admin.CreateAsync(admin, new NewUser(hostileName, email, [Roles.Sdr]));
        var userId = await IdOfAsync(email);
        await Admin.ChangeRolesAsync(admin, userId, [Roles.Sdr, Roles.Marketing]);
        await Admin.ResetPasswordAsync(admin, userId);
        await Admin.UnlockAsync(admin, userId);
        await Admin.DeactivateAsync(admin, userId, LeadDestination.RoundRobin);
        await Admin.ReactivateAsync(admin, userId);

        await using var db = app.CreateDbContext();
        var rows = await db.AdminAuditEntries.Where(e => e.SubjectId == userId).OrderBy(e => e.Id).ToListAsync();
        var page = await Admin.AuditAsync(admin, page: 0, pageSize: 100);

        Assert.True(created.Result.Succeeded);
        Assert.Equal(
            [AdminAction.UserCreated, AdminAction.RolesChanged, AdminAction.PasswordReset, AdminAction.Unlocked, AdminAction.Deactivated, AdminAction.Reactivated],
            rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal((IdOf(admin), DemoUsers.Admin.Email, $"{hostileName} <{email}>"), (r.ActorId, r.ActorName, r.SubjectName)));
        Assert.All(rows, r => Assert.Equal(SdrWorkspaceFactory.Now, r.At, TimeSpan.FromDays(4)));
        Assert.Equal("SDR → SDR, Marketing", rows[1].Details);
        Assert.Equal(rows.Select(r => r.Action).Reverse(), page.Rows.Where(r => r.User.Contains(email)).Select(r => r.Action));
    }

    [Fact]
    public async Task NoServiceActionWorksForAnyoneButAnAdmin()
    {
        var (target, targetId) = await NewUserAsync(Roles.Sdr);
        foreach (var demo in new[] { DemoUsers.Sdr, DemoUsers.Manager, DemoUsers.Marketing, DemoUsers.AccountExecutive })
        {
            var user = await app.PrincipalOfAsync(demo);

            WorkResult[] results =
            [
                (await Admin.CreateAsync(user, new NewUser("Sneaky", $"sneaky-{Guid.NewGuid():N}@example.com", [Roles.Admin]))).Result,
                await Admin.ChangeRolesAsync(user, targetId, [Roles.Admin]),
                (await Admin.DeactivateAsync(user, targetId, LeadDestination.RoundRobin)).Result,
                (await Admin.HandOnLeadsAsync(user, targetId, LeadDestination.RoundRobin)).Result,
                await Admin.ReactivateAsync(user, targetId),
                await Admin.UnlockAsync(user, targetId),
                (await Admin.ResetPasswordAsync(user, targetId)).Result,
            ];

            Assert.All(results, r => Assert.Equal(UserAdministration.OnlyAdmins, r.Error));
            Assert.Empty((await Admin.AuditAsync(user, 0, 10)).Rows);
        }
        await using var db = app.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email!.StartsWith("sneaky-")));
        Assert.False(await db.AdminAuditEntries.AnyAsync(e => e.SubjectId == targetId));
        Assert.Equal([Roles.Sdr], await RolesOfAsync(targetId));
        using var signIn = await LoginForm.SubmitAsync(app.CreateBrowser(), target.Email, app.DemoPassword);
        Assert.True(LoginForm.SetsAuthCookie(signIn));
    }

    private async Task<(DemoUser User, string Id)> NewUserAsync(string role)
    {
        var user = await app.AddUserAsync(role);
        return (user, await IdOfAsync(user.Email));
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = app.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<List<string>> RolesOfAsync(string userId)
    {
        await using var db = app.CreateDbContext();
        return await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId orderby r.Name select r.Name!).ToListAsync();
    }

    private async Task<List<string>> ActiveSdrIdsAsync()
    {
        await using var db = app.CreateDbContext();
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.Sdr && u.IsActive
                      select u.Id).ToListAsync();
    }

    private async Task<int> AddDisqualifiedLeadAsync(string ownerId)
    {
        await using var db = app.CreateDbContext();
        var lead = new Lead(new NewLead($"closed-{Guid.NewGuid():N}@example.com", "Closed", "Lead", OwnerId: ownerId), "test", 1, SdrWorkspaceFactory.Now.AddDays(-3));
        lead.MoveTo(new StageMove(LifecycleStage.Disqualified, "test", "No budget", 1, SdrWorkspaceFactory.Now.AddDays(-1)));
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        return lead.Id;
    }

    /// <summary>Opens the set-password page of a link and posts its form, as a browser without JavaScript would.</summary>
    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient browser, string link, string password)
    {
        var form = await browser.GetStringAsync(link);
        return await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "set-password",
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(form),
            ["Input.Password"] = password,
            ["Input.Confirm"] = password,
        }));
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
