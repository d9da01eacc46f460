using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Shared;

/// <summary>The filter each user last had on a screen, kept in the database: back for them, and never for anyone else.</summary>
public class RememberedFiltersTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private RememberedFilters Filters => app.Services.GetRequiredService<RememberedFilters>();

    [Fact]
    public async Task EachScreensFilterComesBackForItsUserAsItWasLeft()
    {
        var sdr = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));
        var queue = new QueueFilter(LifecycleStage.MQL, "Webinar", "Software", CompanySize.MidMarket, PriorityBand.Hot, QueueSort.Newest);
        var leads = new LeadListFilter(LifecycleStage.SQL, "Website", null, "<script>alert(1)</script> שלום 👋");
        var review = new MqlReviewFilter(90, MqlAnswer.Rejected, "acme");

        await Filters.SetAsync(sdr, RememberedFilters.Screens.Queue, queue);
        await Filters.SetAsync(sdr, RememberedFilters.Screens.Leads, leads);
        await Filters.SetAsync(sdr, RememberedFilters.Screens.MqlReview, review);

        Assert.Equal(queue, await Filters.GetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter()));
        Assert.Equal(leads, await Filters.GetAsync(sdr, RememberedFilters.Screens.Leads, new LeadListFilter()));
        Assert.Equal(review, await Filters.GetAsync(sdr, RememberedFilters.Screens.MqlReview, new MqlReviewFilter()));
    }

    [Fact]
    public async Task ALaterFilterReplacesTheEarlierOne()
    {
        var sdr = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));

        await Filters.SetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter(Source: "Webinar"));
        await Filters.SetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter(Sort: QueueSort.Score));

        Assert.Equal(new QueueFilter(Sort: QueueSort.Score), await Filters.GetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter()));
    }

    [Fact]
    public async Task OneUsersFilterIsNotAnotherUsers()
    {
        var first = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));
        var second = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));

        await Filters.SetAsync(first, RememberedFilters.Screens.Queue, new QueueFilter(Stage: LifecycleStage.MQL));

        Assert.Equal(new QueueFilter(), await Filters.GetAsync(second, RememberedFilters.Screens.Queue, new QueueFilter()));
        Assert.Equal(new QueueFilter(Stage: LifecycleStage.MQL), await Filters.GetAsync(first, RememberedFilters.Screens.Queue, new QueueFilter()));
    }

    [Fact]
    public async Task AFilterStoredByAnOlderVersionOpensWithWhatStillReads()
    {
        var demo = await app.AddUserAsync(Roles.Sdr);
        var sdr = await app.PrincipalOfAsync(demo);
        await Filters.SetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter());
        await using (var db = app.CreateDbContext())
        {
            var userId = db.Users.Single(u => u.Email == demo.Email).Id;
            var stored = db.CurrentFilters.Single(f => f.UserId == userId && f.Screen == RememberedFilters.Screens.Queue);
            stored.FilterJson = """{"Stage":"Prospect","Source":"Webinar","Sort":"Oldest","Territory":"EMEA"}""";
            await db.SaveChangesAsync();
        }

        Assert.Equal(new QueueFilter(Source: "Webinar"), await Filters.GetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter()));
    }
}
