using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Handover;

public class HandoverServiceTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private static readonly DateOnly NextQuarter = DateOnly.FromDateTime(SdrWorkspaceFactory.Now).AddMonths(3);

    private HandoverService Handovers => app.Services.GetRequiredService<HandoverService>();

    [Fact]
    public async Task AnSqlHandedToTheAeAndAcceptedBecomesAnOpportunity()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        var leadId = await NewSqlAsync(sdr);

        var handed = await Handovers.HandOverAsync(sdr, leadId, IdOf(ae));
        var waiting = Assert.Single(await Handovers.InboxAsync(ae), h => h.LeadId == leadId);
        var accepted = await Handovers.AcceptAsync(ae, waiting.Id, 36_000m, NextQuarter);

        Assert.True(handed.Succeeded, handed.Error);
        Assert.Equal((HandoverStatus.Pending, SdrWorkspaceFactory.Now.AddDays(2)), (waiting.Status, waiting.Sla.DueAt));
        Assert.True(accepted.Succeeded, accepted.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.Opportunity, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
        var stored = await db.Handovers.SingleAsync(h => h.Id == waiting.Id);
        Assert.Equal((HandoverStatus.Accepted, 36_000m, NextQuarter), (stored.Status, stored.EstimatedValue!.Value, stored.CloseOn!.Value));
    }

    [Fact]
    public async Task AnSdrCannotAcceptAHandoverForTheAe()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        var leadId = await NewSqlAsync(sdr);
        await Handovers.HandOverAsync(sdr, leadId, IdOf(ae));
        var handover = (await Handovers.InboxAsync(ae)).Single(h => h.LeadId == leadId);

        var result = await Handovers.AcceptAsync(sdr, handover.Id, 10_000m, NextQuarter);

        Assert.Equal("Only the AE it was handed to, or a manager, can accept or return this handover.", result.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.SQL, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
        Assert.Equal(HandoverStatus.Pending, (await db.Handovers.SingleAsync(h => h.Id == handover.Id)).Status);
    }

    [Fact]
    public async Task AReturnedHandoverIsBackInTheSdrsQueueWithTheReason()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        var leadId = await NewSqlAsync(sdr);
        await Handovers.HandOverAsync(sdr, leadId, IdOf(ae));
        var handover = (await Handovers.InboxAsync(ae)).Single(h => h.LeadId == leadId);

        var returned = await Handovers.ReturnAsync(ae, handover.Id, "Champion left the company");

        Assert.True(returned.Succeeded, returned.Error);
        var queue = await app.Services.GetRequiredService<QueueService>().LoadAsync(sdr, new QueueFilter(), null, 10_000);
        Assert.Contains(queue.Rows, r => r.LeadId == leadId && r.Stage == LifecycleStage.SAL);
        var latest = await Handovers.LatestForLeadAsync(leadId);
        Assert.Equal((HandoverStatus.Returned, "Champion left the company"), (latest!.Status, latest.ReturnReason));
    }

    [Fact]
    public async Task ByRuleTheNextAeInTurnGetsTheHandoverAndALeadIsNeverHandedOverTwice()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var first = await NewSqlAsync(sdr);
        var second = await NewSqlAsync(sdr);

        await Handovers.HandOverAsync(sdr, first, null);
        await Handovers.HandOverAsync(sdr, second, null);
        var again = await Handovers.HandOverAsync(sdr, second, null);

        Assert.Equal("This lead is already waiting for an AE.", again.Error);
        await using var db = app.CreateDbContext();
        var aes = await db.Handovers.Where(h => h.LeadId == first || h.LeadId == second).Select(h => new { h.AeUserId, h.ByRule }).ToListAsync();
        Assert.Equal(2, aes.Select(a => a.AeUserId).Distinct().Count());
        Assert.All(aes, a => Assert.True(a.ByRule));
    }

    [Fact]
    public async Task AnotherSdrCannotHandOverSomeoneElsesSql()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var other = await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email == "alex.chen@demo.local"));
        var leadId = await NewSqlAsync(sdr);

        var result = await Handovers.HandOverAsync(other, leadId, null);

        Assert.False(result.Succeeded);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Handovers.AnyAsync(h => h.LeadId == leadId));
    }

    /// <summary>One of the SDR's accepted leads, qualified just now: the small demo has too few SQLs per SDR to share.</summary>
    private async Task<int> NewSqlAsync(ClaimsPrincipal sdr)
    {
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Where(l => l.Stage == LifecycleStage.SAL && l.OwnerId == IdOf(sdr)).OrderBy(l => l.Id).FirstAsync();
        lead.MoveTo(new StageMove(LifecycleStage.SQL, DemoUsers.Sdr.Email, "BANT qualified: 3 of 4", lead.DefinitionVersion, SdrWorkspaceFactory.Now));
        await db.SaveChangesAsync();
        return lead.Id;
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
