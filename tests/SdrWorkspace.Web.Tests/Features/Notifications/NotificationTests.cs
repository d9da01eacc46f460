using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Features.Mqls.Review;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Notifications;

public class NotificationTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private NotificationInbox Inbox => app.Services.GetRequiredService<NotificationInbox>();
    private HandoverService Handovers => app.Services.GetRequiredService<HandoverService>();

    [Fact]
    public async Task AnAeReturningAnSqlLeavesTheSdrAnUnreadNotificationLinkingTheLead()
    {
        var (sdr, ae) = (await app.PrincipalOfAsync(DemoUsers.Sdr), await app.PrincipalOfAsync(DemoUsers.AccountExecutive));
        var leadId = await NewSqlAsync(sdr, "Riley", "Returned");
        var unreadBefore = await Inbox.UnreadCountAsync(sdr);

        await ReturnAsync(sdr, ae, leadId, "No budget until next year");

        var notice = Assert.Single(await Inbox.LatestAsync(sdr, 500), n => n.Link == $"leads/{leadId}");
        Assert.Equal((NotificationKind.SqlReturned, false), (notice.Kind, notice.IsRead));
        Assert.Equal("ae@demo.local returned Riley Returned: No budget until next year", notice.Text);
        Assert.Equal(unreadBefore + 1, await Inbox.UnreadCountAsync(sdr));
        Assert.DoesNotContain(await Inbox.LatestAsync(ae, 500), n => n.Link == $"leads/{leadId}");
    }

    [Fact]
    public async Task MarkingOneReadLowersTheCountAndMarkingAllReadClearsIt()
    {
        var (sdr, ae) = (await app.PrincipalOfAsync(DemoUsers.Sdr), await app.PrincipalOfAsync(DemoUsers.AccountExecutive));
        await ReturnAsync(sdr, ae, await NewSqlAsync(sdr, "Read", "One"), "Wrong region");
        await ReturnAsync(sdr, ae, await NewSqlAsync(sdr, "Read", "Two"), "Wrong region");
        var unread = await Inbox.UnreadCountAsync(sdr);

        await Inbox.MarkReadAsync(sdr, (await Inbox.LatestAsync(sdr)).First(n => !n.IsRead).Id);
        var afterOne = await Inbox.UnreadCountAsync(sdr);
        await Inbox.MarkAllReadAsync(sdr);

        Assert.Equal(unread - 1, afterOne);
        Assert.Equal(0, await Inbox.UnreadCountAsync(sdr));
        Assert.All(await Inbox.LatestAsync(sdr, 500), n => Assert.True(n.IsRead));
    }

    [Fact]
    public async Task AUserNeverSeesNorReadsAnotherUsersNotifications()
    {
        var (sdr, ae) = (await app.PrincipalOfAsync(DemoUsers.Sdr), await app.PrincipalOfAsync(DemoUsers.AccountExecutive));
        var other = await app.PrincipalOfAsync(await app.AddUserAsync(Roles.Sdr));
        var leadId = await NewSqlAsync(sdr, "Private", "Notice");
        await ReturnAsync(sdr, ae, leadId, "Not now");
        var mine = (await Inbox.LatestAsync(sdr)).First(n => n.Link == $"leads/{leadId}");

        await Inbox.MarkReadAsync(other, mine.Id);
        await Inbox.MarkAllReadAsync(other);

        Assert.Empty(await Inbox.LatestAsync(other));
        Assert.Equal(0, await Inbox.UnreadCountAsync(other));
        Assert.False((await Inbox.LatestAsync(sdr)).First(n => n.Id == mine.Id).IsRead);
    }

    [Fact]
    public async Task AMutedKindIsNotCreatedAndUnmutingBringsTheNextOne()
    {
        var (sdr, ae) = (await app.PrincipalOfAsync(DemoUsers.Sdr), await app.PrincipalOfAsync(DemoUsers.AccountExecutive));
        var muted = await NewSqlAsync(sdr, "Muted", "Return");
        var heard = await NewSqlAsync(sdr, "Heard", "Return");

        await Inbox.SetMutedAsync(sdr, NotificationKind.SqlReturned, muted: true);
        var mutedKinds = await Inbox.MutedAsync(sdr);
        await ReturnAsync(sdr, ae, muted, "Muted");
        await Inbox.SetMutedAsync(sdr, NotificationKind.SqlReturned, muted: false);
        await ReturnAsync(sdr, ae, heard, "Heard");

        Assert.Equal([NotificationKind.SqlReturned], mutedKinds);
        var links = (await Inbox.LatestAsync(sdr, 500)).Select(n => n.Link).ToList();
        Assert.DoesNotContain($"leads/{muted}", links);
        Assert.Contains($"leads/{heard}", links);
    }

    [Fact]
    public async Task AHostileLeadNameIsStoredAsTextAndShownEncoded()
    {
        var (sdr, ae) = (await app.PrincipalOfAsync(DemoUsers.Sdr), await app.PrincipalOfAsync(DemoUsers.AccountExecutive));
        var leadId = await NewSqlAsync(sdr, "<script>alert('x')</script>", "مرحبا 🙂" + new string('W', 90));

        await ReturnAsync(sdr, ae, leadId, new string('R', SqlHandover.ReasonMaxLength));

        var notice = (await Inbox.LatestAsync(sdr)).First(n => n.Link == $"leads/{leadId}");
        Assert.StartsWith("ae@demo.local returned <script>alert('x')</script> مرحبا 🙂", notice.Text);
        Assert.True(notice.Text.Length <= Notification.TextMaxLength);
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);
        var html = await browser.GetStringAsync("/notifications");
        Assert.Contains("returned &lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert(", html);
    }

    [Fact]
    public async Task ACommentOnARejectedMqlNotifiesTheRejectingSdrAndTheSdrsAnswerNotifiesMarketing()
    {
        var (sdr, marketing) = (await app.PrincipalOfAsync(DemoUsers.Sdr), await app.PrincipalOfAsync(DemoUsers.Marketing));
        var leadId = await app.AddMqlAsync(IdOf(sdr));
        var rejected = await app.Services.GetRequiredService<MqlInbox>().RejectAsync(sdr, leadId, MqlRejectionReason.BadData, "Reception desk");
        var reviews = app.Services.GetRequiredService<MqlReviewQueries>();
        var thread = Assert.Single(await reviews.ThreadsAsync(marketing, leadId));

        await reviews.CommentAsync(marketing, thread.RejectionId, "Which number did you call?");
        var sdrHeard = (await Inbox.LatestAsync(sdr, 500)).Where(n => n.Kind == NotificationKind.RejectionComment && n.Link == $"leads/{leadId}").ToList();
        await reviews.CommentAsync(sdr, thread.RejectionId, "The one on the form");

        Assert.True(rejected.Succeeded, rejected.Error);
        Assert.Contains("marketing@demo.local commented on the rejected MQL Morgan Test: Which number did you call?", Assert.Single(sdrHeard).Text);
        var marketingHeard = Assert.Single(await Inbox.LatestAsync(marketing, 500), n => n.Link == $"leads/{leadId}");
        Assert.Contains("The one on the form", marketingHeard.Text);
        Assert.Single(await Inbox.LatestAsync(sdr, 500), n => n.Kind == NotificationKind.RejectionComment && n.Link == $"leads/{leadId}");
    }

    [Fact]
    public async Task AProposalNotifiesManagersWithALinkToTheDraftButNotMarketing()
    {
        var (marketing, manager) = (await app.PrincipalOfAsync(DemoUsers.Marketing), await app.PrincipalOfAsync(DemoUsers.Manager));
        var definitions = app.Services.GetRequiredService<DefinitionService>();
        var (_, draftId) = await definitions.StartDraftAsync(marketing, "Add fintech to the ICP");
        var draft = await definitions.DraftAsync(draftId!.Value);

        var proposed = await definitions.ProposeAsync(marketing, draft!.Id, draft.Revision, "Fintech converts well");

        Assert.True(proposed.Succeeded, proposed.Error);
        var notice = Assert.Single(await Inbox.LatestAsync(manager, 500), n => n.Link == $"definition/drafts/{draftId}");
        Assert.Equal((NotificationKind.ProposalToReview, "marketing@demo.local proposes a definition change: Add fintech to the ICP"), (notice.Kind, notice.Text));
        Assert.DoesNotContain(await Inbox.LatestAsync(marketing, 500), n => n.Link == $"definition/drafts/{draftId}");
    }

    [Fact]
    public async Task TheNotificationsPageAnswersEveryRoleWithTheirOwnList()
    {
        foreach (var user in new[] { DemoUsers.Sdr, DemoUsers.Marketing, DemoUsers.Manager, DemoUsers.AccountExecutive, DemoUsers.Admin })
        {
            using var browser = await app.SignedInBrowserAsync(user);
            using var response = await browser.GetAsync("/notifications");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using var anonymous = app.CreateBrowser();
        using var refused = await anonymous.GetAsync("/notifications");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    private async Task ReturnAsync(ClaimsPrincipal sdr, ClaimsPrincipal ae, int leadId, string reason)
    {
        var handed = await Handovers.HandOverAsync(sdr, leadId, IdOf(ae));
        Assert.True(handed.Succeeded, handed.Error);
        var handover = (await Handovers.InboxAsync(ae)).Single(h => h.LeadId == leadId && h.Status == HandoverStatus.Pending);
        var returned = await Handovers.ReturnAsync(ae, handover.Id, reason);
        Assert.True(returned.Succeeded, returned.Error);
    }

    /// <summary>A new SQL of the SDR's, qualified just now, named as the test needs.</summary>
    private async Task<int> NewSqlAsync(ClaimsPrincipal sdr, string firstName, string lastName)
    {
        var version = (await app.Services.GetRequiredService<DefinitionStore>().CurrentAsync()).Version;
        await using var db = app.CreateDbContext();
        var lead = new Lead(new NewLead($"sql-{Guid.NewGuid():N}@example.com", firstName, lastName, "VP of Sales", OwnerId: IdOf(sdr)),
            "test", version, SdrWorkspaceFactory.Now.AddDays(-3));
        lead.MoveTo(new StageMove(LifecycleStage.SQL, DemoUsers.Sdr.Email, "BANT qualified: 3 of 4", version, SdrWorkspaceFactory.Now));
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        return lead.Id;
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
