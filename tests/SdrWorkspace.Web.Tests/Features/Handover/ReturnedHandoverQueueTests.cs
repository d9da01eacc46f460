using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Handover;

/// <summary>What the SDR sees after an AE sends a handover back.</summary>
public class ReturnedHandoverQueueTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private HandoverService Handovers => app.Services.GetRequiredService<HandoverService>();
    private QueueService Queue => app.Services.GetRequiredService<QueueService>();

    [Fact]
    public async Task AReturnedSqlTopsItsOwnersQueueWithTheAesReasonAsTheWhyNow()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);
        var leadId = await LowScoringSqlAsync(sdr);
        await Handovers.HandOverAsync(sdr, leadId, IdOf(ae));
        var handover = (await Handovers.InboxAsync(ae)).Single(h => h.LeadId == leadId);

        var returned = await Handovers.ReturnAsync(ae, handover.Id, "Economic buyer not confirmed");

        Assert.True(returned.Succeeded, returned.Error);
        // The demo data has returns of its own, older ones first: the returned lead is in that top tier, above everything else.
        var rows = (await Queue.LoadAsync(sdr, new QueueFilter(), null, QueueService.PageSize)).Rows;
        var position = rows.ToList().FindIndex(r => r.LeadId == leadId);
        Assert.True(position >= 0, "the returned lead is on the queue's first page");
        Assert.Equal("Returned by the AE: Economic buyer not confirmed", rows[position].Reason);
        Assert.All(rows.Take(position + 1), r => Assert.StartsWith("Returned by the AE: ", r.Reason));
    }

    /// <summary>The SDR's lowest-scoring accepted lead, qualified just now: on its score alone it would sit pages deep.</summary>
    private async Task<int> LowScoringSqlAsync(ClaimsPrincipal sdr)
    {
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.Where(l => l.Stage == LifecycleStage.SAL && l.OwnerId == IdOf(sdr))
            .OrderBy(l => l.Score).ThenBy(l => l.Id).FirstAsync();
        lead.MoveTo(new StageMove(LifecycleStage.SQL, DemoUsers.Sdr.Email, "BANT qualified: 3 of 4", lead.DefinitionVersion, SdrWorkspaceFactory.Now));
        await db.SaveChangesAsync();
        return lead.Id;
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
