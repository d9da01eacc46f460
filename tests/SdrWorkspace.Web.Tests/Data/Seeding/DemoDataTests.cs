using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data.Seeding;

/// <summary>The app's own demo data set, at its default size, seeded once for the class.</summary>
public sealed class FullDemoWorkspace() : SdrWorkspaceFactory(DemoDataSize.Full);

public class DemoDataTests(FullDemoWorkspace app) : IClassFixture<FullDemoWorkspace>
{
    [Fact]
    public async Task ThereAreAtLeast5000LeadsAcrossAtLeast300Accounts()
    {
        await using var db = app.CreateDbContext();

        var leads = await db.Leads.CountAsync();
        var accounts = await db.Leads.Where(l => l.AccountId != null).Select(l => l.AccountId).Distinct().CountAsync();

        Assert.True(leads >= 5000, $"{leads} leads");
        Assert.True(accounts >= 300, $"{accounts} accounts with leads");
    }

    [Fact]
    public async Task EngagementSpansAboutSixMonthsUpToNow()
    {
        await using var db = app.CreateDbContext();

        var first = await db.EngagementEvents.MinAsync(e => e.OccurredAt);
        var last = await db.EngagementEvents.MaxAsync(e => e.OccurredAt);

        Assert.InRange(first, SdrWorkspaceFactory.Now.AddDays(-182), SdrWorkspaceFactory.Now.AddDays(-165));
        Assert.InRange(last, SdrWorkspaceFactory.Now.AddDays(-2), SdrWorkspaceFactory.Now);
    }

    [Fact]
    public async Task EveryLeadsHistoryStartsWithCreatedAndEachMoveIsLegalFromTheStageBefore()
    {
        await using var db = app.CreateDbContext();
        var stages = await db.Leads.ToDictionaryAsync(l => l.Id, l => l.Stage);
        var histories = (await db.StageChanges.AsNoTracking().ToListAsync())
            .GroupBy(c => c.LeadId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).ToList());

        Assert.Equal(stages.Keys.Order(), histories.Keys.Order());
        foreach (var (leadId, history) in histories)
        {
            Assert.Null(history[0].From);
            Assert.Equal(LifecycleStage.Lead, history[0].To);
            Assert.StartsWith("Created", history[0].Reason);
            foreach (var (before, after) in history.Zip(history.Skip(1)))
            {
                Assert.True(after.From == before.To, $"Lead {leadId}: {after.From} -> {after.To} follows {before.To}");
                Assert.True(LifecycleRules.CanMove(before.To, after.To), $"Lead {leadId}: {before.To} -> {after.To} is not a legal move");
            }
            Assert.Equal(stages[leadId], history[^1].To);
        }
    }

    [Fact]
    public async Task TheHistoriesReachEveryStage()
    {
        await using var db = app.CreateDbContext();

        var reached = await db.StageChanges.Select(c => c.To).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<LifecycleStage>().Order(), reached.Order());
    }

    public static TheoryData<DemoUser> OneUserPerRole => [DemoUsers.Sdr, DemoUsers.Marketing, DemoUsers.Manager, DemoUsers.AccountExecutive, DemoUsers.Admin];

    [Theory]
    [MemberData(nameof(OneUserPerRole))]
    public async Task EachRoleHasADemoUserWhoCanSignIn(DemoUser demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();

        var user = await users.FindByEmailAsync(demo.Email);

        Assert.NotNull(user);
        Assert.Equal([demo.Role], await users.GetRolesAsync(user));
        Assert.True((await signIn.CheckPasswordSignInAsync(user, app.DemoPassword, lockoutOnFailure: false)).Succeeded);
    }

    [Fact]
    public async Task RunningTheInitializerAgainDuplicatesNothing()
    {
        await using var connection = app.OpenRawConnection();
        var before = await TableCounts.ReadAsync(connection);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        Assert.Equal(before, await TableCounts.ReadAsync(connection));
        Assert.Equal(DemoUsers.All.Count, before["AspNetUsers"]);
    }
}
