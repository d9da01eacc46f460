using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Leads;

/// <summary>The lead list and lead page as each role sees them, checked against the database directly.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class LeadQueriesTests(DemoWorkspace app)
{
    private LeadQueries Leads => app.Services.GetRequiredService<LeadQueries>();

    [Fact]
    public async Task AnSdrSeesExactlyTheLeadsTheyOwn()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var owned = await db.Leads.Where(l => l.OwnerId == IdOf(sdr)).Select(l => l.Id).ToListAsync();

        var seen = await ListAllAsync(sdr, new LeadListFilter());

        Assert.NotEmpty(owned);
        Assert.Equal(owned.Order(), seen.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task TheListIsOrderedByScoreHighestFirstThenById()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);

        var page = await Leads.ListAsync(manager, new LeadListFilter(), after: null, LeadQueries.MaxPageSize);

        Assert.True(page.Rows.Select(r => r.Score).Distinct().Count() > 1, "the page needs different scores to show an order");
        foreach (var (before, after) in page.Rows.Zip(page.Rows.Skip(1)))
            Assert.True(before.Score > after.Score || (before.Score == after.Score && before.Id < after.Id),
                $"lead {before.Id} ({before.Score}) comes before lead {after.Id} ({after.Score})");
    }

    [Fact]
    public async Task KeysetPagingWalksEveryOneOfAnSdrsLeadsOnceInOrder()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var expected = await db.Leads.Where(l => l.OwnerId == IdOf(sdr))
            .OrderByDescending(l => l.Score).ThenBy(l => l.Id).Select(l => l.Id).ToListAsync();

        var walked = new List<int>();
        var pages = 0;
        LeadCursor? cursor = null;
        do
        {
            var page = await Leads.ListAsync(sdr, new LeadListFilter(), cursor, pageSize: 7);
            Assert.Equal(expected.Count, page.Total);
            walked.AddRange(page.Rows.Select(r => r.Id));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        Assert.True(pages > 2, $"{pages} pages");
        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task TheStageFilterKeepsOnlyLeadsInThatStage()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        await using var db = app.CreateDbContext();
        var expected = await db.Leads.CountAsync(l => l.Stage == LifecycleStage.MQL);

        var rows = await ListAllAsync(manager, new LeadListFilter(Stage: LifecycleStage.MQL));

        Assert.NotEqual(0, expected);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal(LifecycleStage.MQL, r.Stage));
    }

    [Fact]
    public async Task TheSourceFilterKeepsOnlyLeadsFromThatSource()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        await using var db = app.CreateDbContext();
        var expected = await db.Leads.CountAsync(l => l.Source == "Webinar");

        var rows = await ListAllAsync(manager, new LeadListFilter(Source: "Webinar"));

        Assert.NotEqual(0, expected);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("Webinar", r.Source));
    }

    [Fact]
    public async Task AnotherSdrsLeadIsNotFoundByItsId()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        await using var db = app.CreateDbContext();
        var othersLead = await db.Leads.Where(l => l.OwnerId != null && l.OwnerId != IdOf(sdr)).Select(l => l.Id).FirstAsync();

        var asSdr = await Leads.GetAsync(sdr, othersLead);
        var asManager = await Leads.GetAsync(manager, othersLead);

        Assert.Null(asSdr);
        Assert.NotNull(asManager);
    }

    [Fact]
    public async Task AnAeSeesExactlyTheLeadsHandedToSales()
    {
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        await using var db = app.CreateDbContext();
        var handedOver = await db.Leads.Where(l => l.Stage == LifecycleStage.SQL || l.Stage == LifecycleStage.Opportunity)
            .Select(l => l.Id).ToListAsync();
        var plainLead = await db.Leads.Where(l => l.Stage == LifecycleStage.Lead).Select(l => l.Id).FirstAsync();

        var seen = await ListAllAsync(ae, new LeadListFilter());
        var notHandedOver = await Leads.GetAsync(ae, plainLead);

        Assert.NotEmpty(handedOver);
        Assert.Equal(handedOver.Order(), seen.Select(r => r.Id).Order());
        Assert.All(seen, r => Assert.Contains(r.Stage, new[] { LifecycleStage.SQL, LifecycleStage.Opportunity }));
        Assert.Null(notHandedOver);
    }

    [Fact]
    public async Task AManagerSeesEveryLead()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        await using var db = app.CreateDbContext();

        var page = await Leads.ListAsync(manager, new LeadListFilter(), after: null, pageSize: 10);

        Assert.Equal(await db.Leads.CountAsync(), page.Total);
        Assert.Equal(DemoDataSize.Small.Leads, page.Total);
    }

    [Fact]
    public async Task TheLeadPageExplainsTheScoreWithTheFitTheScorerGives()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Include(l => l.Account).Where(l => l.OwnerId == IdOf(sdr))
            .OrderByDescending(l => l.FitScore).ThenBy(l => l.Id).FirstAsync();
        var definition = DefinitionJson.Deserialize((await db.DefinitionVersions.SingleAsync()).Json);
        // Fit depends on who the lead is, not on what they did, so no events are needed to compute it.
        var fit = LeadScorer.Score(definition, lead.FitProfile, [], SdrWorkspaceFactory.Now).Fit;

        var detail = await Leads.GetAsync(sdr, lead.Id);

        Assert.NotNull(detail);
        Assert.True(fit > 0, "the lead should fit the ICP at least in part");
        Assert.Equal(fit, detail.Score.Fit);
        Assert.Equal(lead.FitScore, detail.Score.Fit);
        Assert.NotEmpty(detail.Score.FitFactors);
        Assert.NotEmpty(detail.Score.EngagementFactors);
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<List<LeadRow>> ListAllAsync(ClaimsPrincipal viewer, LeadListFilter filter)
    {
        var rows = new List<LeadRow>();
        LeadCursor? cursor = null;
        do
        {
            var page = await Leads.ListAsync(viewer, filter, cursor, LeadQueries.MaxPageSize);
            rows.AddRange(page.Rows);
            cursor = page.Next;
        }
        while (cursor is not null);
        return rows;
    }
}
