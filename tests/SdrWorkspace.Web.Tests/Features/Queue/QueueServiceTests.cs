using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Queue;

[Collection(DemoWorkspaceCollection.Name)]
public class QueueServiceTests(DemoWorkspace app)
{
    private QueueService Queue => app.Services.GetRequiredService<QueueService>();

    [Fact]
    public async Task TheQueueHoldsExactlyTheSdrsWorkableLeads()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var today = DateOnly.FromDateTime(SdrWorkspaceFactory.Now);
        await using var db = app.CreateDbContext();
        var workable = await db.Leads.Where(l => l.OwnerId == IdOf(sdr) && !l.DoNotContact
                && (l.Stage == LifecycleStage.Lead || l.Stage == LifecycleStage.MQL || l.Stage == LifecycleStage.SAL
                    || (l.Stage == LifecycleStage.Nurture && l.ReactivationOn <= today)))
            .Select(l => l.Id).ToListAsync();

        var queue = await Queue.LoadAsync(sdr, new QueueFilter(), null, 10_000);

        Assert.NotEmpty(workable);
        Assert.Equal(workable.Count, queue.Total);
        Assert.Equal(workable.Order(), queue.Rows.Select(r => r.LeadId).Order());
    }

    [Fact]
    public async Task UnansweredHandRaisesComeFirstThenFollowUpsThenScore()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var rows = (await Queue.LoadAsync(sdr, new QueueFilter(), null, 10_000)).Rows;

        Assert.Contains(rows, r => r.Tier == QueueTier.SpeedToLead);
        Assert.Equal(rows.Select(r => r.Tier).Order(), rows.Select(r => r.Tier));
        Assert.All(rows.Where(r => r.Tier == QueueTier.SpeedToLead), r => Assert.NotNull(r.SlaDueAt));
        var byScore = rows.Where(r => r.Tier == QueueTier.ByScore).Select(r => r.Score).ToList();
        Assert.Equal(byScore.OrderDescending(), byScore);
    }

    [Fact]
    public async Task EachRowSaysWhyItIsThere()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var rows = (await Queue.LoadAsync(sdr, new QueueFilter(), null, 50)).Rows;

        Assert.All(rows.Where(r => r.Tier == QueueTier.SpeedToLead), r => Assert.EndsWith("not answered yet", r.Reason));
        Assert.All(rows.Where(r => r.Tier == QueueTier.ByScore), r => Assert.StartsWith($"Score {r.Score}: ", r.Reason));
    }

    [Fact]
    public async Task FiltersNarrowTheQueue()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var mqls = (await Queue.LoadAsync(sdr, new QueueFilter(Stage: LifecycleStage.MQL), null, 10_000)).Rows;
        var hot = (await Queue.LoadAsync(sdr, new QueueFilter(Band: PriorityBand.Hot), null, 10_000)).Rows;

        Assert.NotEmpty(mqls);
        Assert.All(mqls, r => Assert.Equal(LifecycleStage.MQL, r.Stage));
        Assert.All(hot, r => Assert.True(r.Score >= 70));
    }

    [Fact]
    public async Task AnotherSdrsLeadsNeverShowInMyQueue()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var mine = await db.Leads.Where(l => l.OwnerId == IdOf(sdr)).Select(l => l.Id).ToListAsync();

        var rows = (await Queue.LoadAsync(sdr, new QueueFilter(), null, 10_000)).Rows;

        Assert.All(rows, r => Assert.Contains(r.LeadId, mine));
    }

    [Theory]
    [InlineData(QueueSort.Priority)]
    [InlineData(QueueSort.Score)]
    [InlineData(QueueSort.Newest)]
    [InlineData(QueueSort.RecentIntent)]
    public async Task PagingPageByPageGivesTheDomainsOrderOfEveryWorkableLeadOnce(QueueSort sort)
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        await using var db = app.CreateDbContext();
        var mine = await db.Leads.AsNoTracking().Where(l => l.OwnerId == IdOf(sdr)).ToListAsync();
        var ranked = QueueRanking.Order(mine, l => new QueueCandidate(l.Id, l.Stage, l.DoNotContact, l.ReactivationOn, l.Score, l.LastHighIntentAt,
            l.LastHighIntentSignal, l.LastTouchAt, l.NextActionAt, l.NextActionNote, l.CadencePausedUntil, l.ReturnedAt, l.ReturnReason), DefaultDefinition.Create().Sla, SdrWorkspaceFactory.Now)
            .Select(r => r.Item).ToList();
        var expected = (sort switch
        {
            QueueSort.Score => ranked.OrderByDescending(l => l.Score).ThenBy(l => l.Id),
            QueueSort.Newest => ranked.OrderByDescending(l => l.CreatedAt).ThenBy(l => l.Id),
            QueueSort.RecentIntent => ranked.OrderByDescending(l => l.LastHighIntentAt ?? DateTime.MinValue).ThenBy(l => l.Id),
            _ => ranked.AsEnumerable(),
        }).Select(l => l.Id).ToList();

        var paged = new List<int>();
        QueueCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await Queue.LoadAsync(sdr, new QueueFilter(Sort: sort), cursor, 7);
            paged.AddRange(page.Rows.Select(r => r.LeadId));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null && pages < 1000);

        Assert.True(pages > 3, "the demo SDR's queue should span several pages of 7");
        Assert.Equal(expected, paged);
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
