using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Features.Bulk;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Bulk;

public class BulkLeadActionsTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private static readonly DemoUser Alex = DemoUsers.All.First(u => u.Email == "alex.chen@demo.local");
    private static readonly DemoUser Maria = DemoUsers.All.First(u => u.Email == "maria.gomez@demo.local");

    private BulkLeadActions Bulk => app.Services.GetRequiredService<BulkLeadActions>();

    /// <summary>Leads of the owner's under a source no other lead has, so a list filtered by it shows just them.</summary>
    private async Task<(LeadListFilter Filter, List<int> Ids)> AddLeadsAsync(int count, string ownerId)
    {
        var source = $"bulk-{Guid.NewGuid():N}";
        await using var db = app.CreateDbContext();
        var leads = Enumerable.Range(1, count)
            .Select(i => new Lead(new NewLead($"{source}-{i}@example.com", "Bulk", $"Lead {i:00}", Source: source, OwnerId: ownerId), "test", 1,
                SdrWorkspaceFactory.Now.AddMinutes(-i)))
            .ToList();
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
        return (new LeadListFilter(Source: source), leads.Select(l => l.Id).ToList());
    }

    private async Task<Dictionary<int, string?>> OwnersAsync(IEnumerable<int> ids)
    {
        await using var db = app.CreateDbContext();
        return await db.Leads.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.OwnerId);
    }

    [Fact]
    public async Task ReassigningTwentyWhereTwoChangedMeanwhileReassignsEighteenAndNamesTheTwoLeftUntouched()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var sam = IdOf(await app.PrincipalOfAsync(DemoUsers.Sdr));
        var alex = IdOf(await app.PrincipalOfAsync(Alex));
        var maria = IdOf(await app.PrincipalOfAsync(Maria));
        var (filter, _) = await AddLeadsAsync(20, sam);
        var drawn = await Bulk.MatchingAsync(manager, filter);
        var changed = drawn.Skip(5).Take(2).ToList();
        // Another manager moves two of them to Maria after the list was drawn.
        foreach (var lead in changed)
            Assert.True((await app.Services.GetRequiredService<LeadAssignment>().ReassignAsync(manager, lead.LeadId, maria)).Succeeded);

        var outcome = await Bulk.ReassignAsync(manager, drawn, alex);

        Assert.Equal(20, drawn.Count);
        Assert.Equal(18, outcome.Succeeded);
        var failure = Assert.Single(outcome.Failures);
        Assert.Equal(BulkOutcome.ConflictReason, failure.Reason);
        Assert.Equal(changed.Select(l => l.Name), failure.Names);
        Assert.Equal($"18 reassigned; 2 not: changed by someone else meanwhile ({changed[0].Name}, {changed[1].Name}).", outcome.Summary);
        var owners = await OwnersAsync(drawn.Select(l => l.LeadId));
        Assert.All(changed, l => Assert.Equal(maria, owners[l.LeadId]));
        Assert.All(drawn.Except(changed), l => Assert.Equal(alex, owners[l.LeadId]));
    }

    [Fact]
    public async Task RoundRobinSpreadsTheSelectionEvenlyOverTheActiveSdrs()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var (filter, ids) = await AddLeadsAsync(10, IdOf(await app.PrincipalOfAsync(DemoUsers.Sdr)));
        await using var db = app.CreateDbContext();
        var inactive = await db.Users.Where(u => u.Email == "tom.becker@demo.local").Select(u => u.Id).SingleAsync();

        var outcome = await Bulk.ReassignAsync(manager, await Bulk.MatchingAsync(manager, filter), ownerId: null);

        Assert.Equal("10 reassigned.", outcome.Summary);
        var owners = (await OwnersAsync(ids)).Values.ToList();
        Assert.DoesNotContain(inactive, owners);
        // Five active SDRs take two each.
        Assert.Equal(5, owners.Distinct().Count());
        Assert.All(owners.GroupBy(o => o), g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public async Task AManagerSharesTheSelectionWithAnSdrWhoMayThenSeeIt()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var alex = await app.PrincipalOfAsync(Alex);
        var (filter, ids) = await AddLeadsAsync(3, IdOf(await app.PrincipalOfAsync(DemoUsers.Sdr)));

        var outcome = await Bulk.ShareAsync(manager, await Bulk.MatchingAsync(manager, filter), IdOf(alex));

        Assert.Equal("3 shared.", outcome.Summary);
        Assert.Equal(ids.Order(), (await Bulk.MatchingAsync(alex, filter)).Select(l => l.LeadId).Order());
    }

    [Theory]
    [InlineData("sdr@demo.local")]
    [InlineData("ae@demo.local")]
    [InlineData("marketing@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task OnlyAManagerMayReassignOrShareEvenCallingTheServiceDirectly(string email)
    {
        var caller = await app.PrincipalOfAsync(DemoUsers.All.Single(u => u.Email == email));
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var sam = IdOf(await app.PrincipalOfAsync(DemoUsers.Sdr));
        var (filter, ids) = await AddLeadsAsync(2, IdOf(await app.PrincipalOfAsync(Maria)));
        var drawn = await Bulk.MatchingAsync(manager, filter);

        var reassigned = await Bulk.ReassignAsync(caller, drawn, sam);
        var roundRobin = await Bulk.ReassignAsync(caller, drawn, ownerId: null);
        var shared = await Bulk.ShareAsync(caller, drawn, sam);

        Assert.All([reassigned, roundRobin, shared], outcome =>
        {
            Assert.Equal(0, outcome.Succeeded);
            Assert.Equal(["only a manager can reassign or share leads"], outcome.Failures.Select(f => f.Reason));
        });
        var maria = IdOf(await app.PrincipalOfAsync(Maria));
        Assert.All((await OwnersAsync(ids)).Values, owner => Assert.Equal(maria, owner));
        await using var db = app.CreateDbContext();
        Assert.False(await db.LeadShares.AnyAsync(s => ids.Contains(s.LeadId)));
    }

    [Fact]
    public async Task AnSdrAcceptsSeveralOfTheirMqlsAtOnceAndIsToldWhyTheOthersWereNot()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var sam = IdOf(sdr);
        var own = new List<int> { await app.AddMqlAsync(sam), await app.AddMqlAsync(sam), await app.AddMqlAsync(sam) };
        var answeredMeanwhile = await app.AddMqlAsync(sam);
        var someoneElses = await app.AddMqlAsync(IdOf(await app.PrincipalOfAsync(Maria)));
        var drawn = own.Append(answeredMeanwhile).Append(someoneElses).Select(id => new BulkTarget(id, $"Lead {id}")).ToList();
        Assert.True((await app.Services.GetRequiredService<SdrWorkspace.Web.Features.Mqls.Inbox.MqlInbox>().AcceptAsync(sdr, answeredMeanwhile)).Succeeded);

        var outcome = await Bulk.AcceptMqlsAsync(sdr, drawn);

        Assert.Equal(
            $"3 accepted; 2 not: this lead is no longer an MQL: it is SAL (Lead {answeredMeanwhile}); {BulkOutcome.MissingReason} (Lead {someoneElses}).",
            outcome.Summary);
        await using var db = app.CreateDbContext();
        var stages = await db.Leads.Where(l => drawn.Select(d => d.LeadId).Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Stage);
        Assert.All(own, id => Assert.Equal(LifecycleStage.SAL, stages[id]));
        Assert.Equal(LifecycleStage.MQL, stages[someoneElses]);
        Assert.Equal(1, await db.MqlReviews.CountAsync(r => r.LeadId == answeredMeanwhile && r.Outcome == MqlOutcome.Accepted));
    }

    [Theory]
    [InlineData("marketing@demo.local")]
    [InlineData("ae@demo.local")]
    public async Task OnlyAnSdrOrAManagerMayAcceptMqls(string email)
    {
        var caller = await app.PrincipalOfAsync(DemoUsers.All.Single(u => u.Email == email));
        var mql = await app.AddMqlAsync(IdOf(await app.PrincipalOfAsync(DemoUsers.Sdr)));

        var outcome = await Bulk.AcceptMqlsAsync(caller, [new BulkTarget(mql, "Morgan Test")]);

        Assert.Equal($"0 accepted; 1 not: {Lowered(BulkLeadActions.SdrsOnly)} (Morgan Test).", outcome.Summary);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.MQL, (await db.Leads.SingleAsync(l => l.Id == mql)).Stage);
    }

    [Fact]
    public async Task SelectAllMatchingSelectsOnlyLeadsTheViewerSees()
    {
        var sam = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var maria = IdOf(await app.PrincipalOfAsync(Maria));
        var (filter, ids) = await AddLeadsAsync(4, IdOf(sam));
        await using (var db = app.CreateDbContext())
        {
            foreach (var lead in await db.Leads.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id).Take(2).ToListAsync())
                lead.AssignTo(maria);
            await db.SaveChangesAsync();
        }

        var matching = await Bulk.MatchingAsync(sam, filter);

        Assert.Equal(ids.Order().Skip(2), matching.Select(l => l.LeadId).Order());
    }

    [Fact]
    public async Task TheSelectionExportHoldsOnlyLeadsTheUserMaySeeAndOnlyTheyCanDownloadIt()
    {
        var sam = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var (_, own) = await AddLeadsAsync(2, IdOf(sam));
        var (_, others) = await AddLeadsAsync(2, IdOf(await app.PrincipalOfAsync(Maria)));
        var link = app.Services.GetRequiredService<BulkExport>().Link(sam, own.Concat(others));
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);
        using var stranger = await app.SignedInBrowserAsync(Alex);

        using var response = await browser.GetAsync(link);
        using var refused = await stranger.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var ids = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => int.Parse(line.Split(',')[0])).ToList();
        Assert.Equal(own.Order(), ids.Order());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    private static string Lowered(string message) => char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
