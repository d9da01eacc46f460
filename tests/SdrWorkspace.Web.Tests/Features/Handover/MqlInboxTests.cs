using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Handover;

public class MqlInboxTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private MqlInbox Inbox => app.Services.GetRequiredService<MqlInbox>();
    private MqlReviewQueries Reviews => app.Services.GetRequiredService<MqlReviewQueries>();

    [Fact]
    public async Task TheSdrSeesOnlyTheirOwnMqlsEachWithItsContextAndAWorkingDaySla()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);

        var rows = await Inbox.ListAsync(sdr);

        await using var db = app.CreateDbContext();
        var own = await db.Leads.Where(l => l.Stage == LifecycleStage.MQL && l.OwnerId == IdOf(sdr)).Select(l => l.Id).ToListAsync();
        Assert.NotEmpty(own);
        Assert.Equal(own.Order(), rows.Select(r => r.LeadId).Order());
        var row = rows[0];
        Assert.Equal(SlaClock.AddWorkingDays(row.MqlAt, 1), row.Sla.DueAt);
        Assert.False(string.IsNullOrEmpty(row.Source));
        var madeMql = await db.StageChanges.Where(c => c.LeadId == row.LeadId && c.To == LifecycleStage.MQL).OrderBy(c => c.At).LastAsync();
        Assert.Equal(madeMql.Reason, row.MqlReason);
    }

    [Fact]
    public async Task TwoAcceptsOfOneMqlAtOnceLetExactlyOneWin()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var leadId = await OwnMqlAsync(sdr);

        var results = await Task.WhenAll(
            Task.Run(() => Inbox.AcceptAsync(sdr, leadId)),
            Task.Run(() => Inbox.AcceptAsync(manager, leadId)));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Contains(loser.Error, new[] { "This lead is no longer an MQL: it is SAL.", WorkResult.ConflictMessage });
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.SAL, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
        Assert.Equal(1, await db.MqlReviews.CountAsync(r => r.LeadId == leadId));
        Assert.Equal(1, await db.StageChanges.CountAsync(c => c.LeadId == leadId && c.To == LifecycleStage.SAL));
    }

    [Fact]
    public async Task MarketingCannotAcceptAnMqlForSales()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);
        var leadId = await OwnMqlAsync(sdr);

        var result = await Inbox.AcceptAsync(marketing, leadId);

        Assert.Equal((WorkResultKind.Missing, WorkResult.MissingMessage), (result.Kind, result.Error));
        await using var db = app.CreateDbContext();
        Assert.Equal(LifecycleStage.MQL, (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage);
        Assert.False(await db.MqlReviews.AnyAsync(r => r.LeadId == leadId));
    }

    [Fact]
    public async Task ARejectionReachesMarketingWithItsReasonAndTheThreadStaysOnTheLead()
    {
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var marketing = await app.PrincipalOfAsync(DemoUsers.Marketing);
        var leadId = await OwnMqlAsync(sdr);

        var rejected = await Inbox.RejectAsync(sdr, leadId, MqlRejectionReason.Duplicate, "Same person as an open lead");
        var report = await Reviews.ReportAsync(marketing, SdrWorkspaceFactory.Now.AddDays(-365));
        var row = report.Rows.First(r => r.LeadId == leadId);
        var commented = await Reviews.CommentAsync(marketing, row.RejectionId!.Value, "Which lead is the original?");
        var threads = await Reviews.ThreadsAsync(sdr, leadId);

        Assert.True(rejected.Succeeded, rejected.Error);
        Assert.Equal((MqlAnswer.Rejected, "Duplicate: Same person as an open lead"), (row.Answer, row.Reason));
        Assert.True(commented.Succeeded, commented.Error);
        var comment = Assert.Single(threads[^1].Comments);
        Assert.Equal((DemoUsers.Marketing.Email, "Which lead is the original?"), (comment.Author, comment.Text));
    }

    [Fact]
    public async Task AcceptanceRatesCountAnsweredMqlsBySourceAndCampaign()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);

        var report = await Reviews.ReportAsync(manager, SdrWorkspaceFactory.Now.AddDays(-180));

        Assert.NotEmpty(report.Rows);
        Assert.Equal(report.Rows.Count, report.BySource.Sum(g => g.Tally.Mqls));
        Assert.Equal(report.Rows.Count, report.ByCampaign.Sum(g => g.Tally.Mqls));
        Assert.Equal((double)report.Total.Accepted / (report.Total.Accepted + report.Total.Rejected), report.Total.AcceptanceRate);
    }

    [Fact]
    public async Task AnAeSeesNoMqlReview()
    {
        var ae = await app.PrincipalOfAsync(DemoUsers.AccountExecutive);

        var report = await Reviews.ReportAsync(ae, SdrWorkspaceFactory.Now.AddDays(-180));

        Assert.Empty(report.Rows);
    }

    private Task<int> OwnMqlAsync(ClaimsPrincipal sdr) => app.AddMqlAsync(IdOf(sdr));

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
