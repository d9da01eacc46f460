using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Mqls;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Mqls;

/// <summary>MQL review pages through every MQL of the period on the server, not only the latest few hundred.</summary>
public class MqlReviewPagingTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private const int Added = 310;

    private MqlReviewQueries Reviews => app.Services.GetRequiredService<MqlReviewQueries>();

    [Fact]
    public async Task PagingWalksEveryMqlOfThePeriodOnceIncludingThe301stAndLater()
    {
        var added = await AddMqlsAsync();
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);
        var inPeriod = await app.Services.GetRequiredService<MqlOutcomeQueries>()
            .InPeriodAsync(new MqlReviewFilter().From(SdrWorkspaceFactory.Now), DateTime.MaxValue);

        var walked = new List<MqlReviewRow>();
        for (var page = 0; ; page++)
        {
            var slice = await Reviews.PageAsync(marketing, new MqlReviewFilter(), page, 25);
            Assert.Equal(inPeriod.Count, slice.Total);
            if (slice.Rows.Count == 0)
                break;
            walked.AddRange(slice.Rows);
        }

        Assert.True(walked.Count > 300, $"only {walked.Count} MQLs");
        Assert.Equal(inPeriod.Count, walked.Count);
        Assert.Superset(added.ToHashSet(), walked.Select(r => r.LeadId).ToHashSet());
        Assert.Equal(walked.OrderByDescending(r => r.MqlAt + (r.TimeToAnswer ?? TimeSpan.Zero)).Select(r => r.MqlAt + (r.TimeToAnswer ?? TimeSpan.Zero)),
            walked.Select(r => r.MqlAt + (r.TimeToAnswer ?? TimeSpan.Zero)));
    }

    [Fact]
    public async Task TheTextFilterFindsAnMqlByItsLeadsNameAndCountsWhatItFinds()
    {
        var added = await AddMqlsAsync();
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);

        var slice = await Reviews.PageAsync(marketing, new MqlReviewFilter(Text: $"Pager{added[^1]}"), 0, 25);

        Assert.Equal(1, slice.Total);
        Assert.Equal(added[^1], Assert.Single(slice.Rows).LeadId);
    }

    [Fact]
    public async Task AnSdrGetsNoPageOfTheReview()
    {
        await AddMqlsAsync();

        var slice = await Reviews.PageAsync(await app.PrincipalOfAsync(DemoUsers.Sdr), new MqlReviewFilter(), 0, 25);

        Assert.Equal((0, 0), (slice.Total, slice.Rows.Count));
    }

    /// <summary>310 new MQLs of the demo SDR's, the hour before now; their last names are "Pager" and a running number.</summary>
    private async Task<IReadOnlyList<int>> AddMqlsAsync()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var batch = Guid.NewGuid().ToString("N")[..6];
        var leads = Enumerable.Range(0, Added).Select(i =>
        {
            var lead = new Lead(new NewLead($"pager-{batch}-{i}@example.com", "Page", "Pager", "VP of Sales", null, "Website", "Paging",
                null, sdr.FindFirstValue(ClaimTypes.NameIdentifier), BuyingRole.EconomicBuyer), "test", 1, SdrWorkspaceFactory.Now.AddHours(-2));
            lead.MoveTo(new StageMove(LifecycleStage.MQL, Lead.ScoringActor, "Score reached the MQL rule", 1, SdrWorkspaceFactory.Now.AddMinutes(-60 + i % 50)));
            return lead;
        }).ToList();
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
        var last = leads[^1];
        db.Entry(last).Property(l => l.LastName).CurrentValue = $"Pager{last.Id}";
        await db.SaveChangesAsync();
        return leads.Select(l => l.Id).ToList();
    }
}
