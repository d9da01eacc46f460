using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Replies;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// Coding a reply, sharing a lead and adopting a definition while another writer (a large import) holds the
/// database: each says the database is busy and to try again, and saves nothing; none claims success or a
/// conflict that did not happen, and none fails the page's connection.
/// </summary>
public class BusyLeadWorkTests(BusyDatabaseTests.ImpatientWorkspace app) : IClassFixture<BusyDatabaseTests.ImpatientWorkspace>
{
    [Fact]
    public async Task CodingAReplyWhileTheDatabaseIsBusySaysSoAndSavesNothing()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        int leadId;
        await using (var db = app.CreateDbContext())
            leadId = await db.Leads.Where(l => l.Stage == LifecycleStage.MQL && db.EngagementEvents.Any(e => e.LeadId == l.Id && e.Type == EngagementType.EmailReply))
                .Select(l => l.Id).FirstAsync();
        var coding = app.Services.GetRequiredService<ReplyCodingService>();

        var refused = await app.WhileAnotherWriterHoldsTheLockAsync(() => coding.CodeAsync(manager, leadId, null, DispositionCode.NoNeed, null, null));

        Assert.Equal(WorkResultKind.Busy, refused.Result.Kind);
        Assert.Equal(WorkResult.BusyMessage, refused.Result.Error);
        await using var after = app.CreateDbContext();
        Assert.False(await after.ReplyCodings.AnyAsync(c => c.LeadId == leadId));
        Assert.Equal(LifecycleStage.MQL, (await after.Leads.SingleAsync(l => l.Id == leadId)).Stage);
    }

    [Fact]
    public async Task SharingALeadWhileTheDatabaseIsBusySaysSoInsteadOfClaimingItIsShared()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var covering = await app.PrincipalOfAsync(DemoUsers.All.First(u => u.Email == "alex.chen@demo.local"));
        int leadId;
        await using (var db = app.CreateDbContext())
            leadId = await db.Leads.Where(l => l.OwnerId == IdOf(sdr) && !l.Shares.Any()).Select(l => l.Id).FirstAsync();
        var sharing = app.Services.GetRequiredService<LeadSharing>();

        var refused = await app.WhileAnotherWriterHoldsTheLockAsync(() => sharing.ShareAsync(manager, leadId, IdOf(covering)));

        Assert.Equal(WorkResultKind.Busy, refused.Kind);
        Assert.Equal(WorkResult.BusyMessage, refused.Error);
        await using var after = app.CreateDbContext();
        Assert.False(await after.LeadShares.AnyAsync(s => s.LeadId == leadId));
    }

    [Fact]
    public async Task AdoptingADefinitionWhileTheDatabaseIsBusySaysSoInsteadOfBlamingAnotherAdoption()
    {
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var definitions = app.Services.GetRequiredService<DefinitionService>();
        var (started, id) = await definitions.StartDraftAsync(manager, "Adopted while an import runs");
        Assert.True(started.Succeeded, started.Error);
        var opened = (await definitions.DraftAsync(id!.Value))!;
        var saved = await definitions.SaveDraftAsync(manager, opened.Id, opened.Revision,
            opened.Definition with { Mql = opened.Definition.Mql with { MinEngagement = opened.Definition.Mql.MinEngagement + 1 } }, null);
        Assert.True(saved.Succeeded, saved.Error);
        var draft = (await definitions.DraftAsync(id.Value))!;
        int versionsBefore;
        await using (var db = app.CreateDbContext())
            versionsBefore = await db.DefinitionVersions.CountAsync();

        var refused = await app.WhileAnotherWriterHoldsTheLockAsync(() => definitions.AdoptAsync(manager, draft.Id, draft.Revision, "Quarterly review"));

        Assert.False(refused.Succeeded);
        Assert.Equal(WorkResult.BusyMessage, refused.Error);
        await using var after = app.CreateDbContext();
        Assert.Equal(versionsBefore, await after.DefinitionVersions.CountAsync());
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
