using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Handover;

/// <summary>
/// The hand-off panels show exactly when their action is allowed: to the owner, an SDR the lead is shared with
/// and a manager, never to those who only see the lead; and what they offer, the domain then accepts.
/// </summary>
[Collection(HandoffWorkspace.Name)]
public class SharedLeadPanelsTests(ChangingWorkspace app) : WorkspaceComponentTest(app)
{
    private static readonly DemoUser Covering = DemoUsers.All.First(u => u.Email == "priya.patel@demo.local");
    private int changed;

    [Fact]
    public async Task AnSdrAnSqlIsSharedWithIsOfferedTheHandOverAndItLands()
    {
        var leadId = await SharedSqlAsync(0);
        var covering = await SignInAsync(Covering);
        var panels = await RenderHandoffsAsync(covering, leadId);

        await panels.Find("button:contains('Hand over')").ClickAsync(new());

        panels.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Empty(panels.FindAll("[role=alert]"));
        await using var db = App.CreateDbContext();
        Assert.Equal(IdOf(covering), (await db.Handovers.SingleAsync(h => h.LeadId == leadId)).HandedOverById);
    }

    public static TheoryData<string, bool> WhoIsOfferedTheHandOver => new()
    {
        { DemoUsers.Sdr.Email, true },
        { DemoUsers.Manager.Email, true },
        { DemoUsers.Marketing.Email, false },
        { DemoUsers.AccountExecutive.Email, false },
        { DemoUsers.Admin.Email, false },
    };

    [Theory]
    [MemberData(nameof(WhoIsOfferedTheHandOver))]
    public async Task TheHandOverPanelShowsOnlyToThoseWhoWorkTheSql(string email, bool offered)
    {
        var leadId = await SharedSqlAsync(1);
        var user = await SignInAsync(DemoUsers.All.First(u => u.Email == email));

        var panels = await RenderHandoffsAsync(user, leadId);

        Assert.Equal(offered, panels.FindAll("button:contains('Hand over')").Count == 1);
    }

    [Fact]
    public async Task AnSdrAnMqlIsSharedWithFindsItInTheirInboxAndAcceptsIt()
    {
        var sdr = await App.PrincipalOfAsync(DemoUsers.Sdr);
        int leadId;
        await using (var db = App.CreateDbContext())
            leadId = await db.Leads.Where(l => l.Stage == LifecycleStage.MQL && l.OwnerId == IdOf(sdr) && !l.Shares.Any())
                .OrderByDescending(l => l.Id).Select(l => l.Id).FirstAsync();
        await ShareAsync(leadId);
        var covering = await SignInAsync(Covering);
        var row = Assert.Single(await App.Services.GetRequiredService<MqlInbox>().ListAsync(covering), r => r.LeadId == leadId);
        var snackbars = Context.Render<MudSnackbarProvider>();
        var item = Context.Render<MqlInboxItem>(p => p.Add(i => i.Row, row).Add(i => i.User, covering).Add(i => i.Decided, () => changed++));

        await item.Find("button:contains('Accept')").ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains($"{row.Name} accepted: now SAL in the queue.", snackbars.Markup));
        await using var after = App.CreateDbContext();
        Assert.Equal(LifecycleStage.SAL, await after.Leads.Where(l => l.Id == leadId).Select(l => l.Stage).SingleAsync());
    }

    private async Task<IRenderedComponent<LeadHandoffs>> RenderHandoffsAsync(ClaimsPrincipal user, int leadId)
    {
        var lead = (await App.Services.GetRequiredService<LeadQueries>().GetAsync(user, leadId))!.Lead;
        return Context.Render<LeadHandoffs>(p => p.Add(h => h.Lead, lead).Add(h => h.User, user).Add(h => h.Changed, () => changed++));
    }

    /// <summary>One of the demo SDR's accepted leads, qualified just now and shared with another SDR.</summary>
    private async Task<int> SharedSqlAsync(int index)
    {
        var sdr = await App.PrincipalOfAsync(DemoUsers.Sdr);
        int leadId;
        await using (var db = App.CreateDbContext())
        {
            var lead = await db.Leads.Where(l => l.Stage == LifecycleStage.SAL && l.OwnerId == IdOf(sdr) && !l.Shares.Any() && !db.Handovers.Any(h => h.LeadId == l.Id))
                .OrderByDescending(l => l.Id).Skip(index).FirstAsync();
            lead.MoveTo(new StageMove(LifecycleStage.SQL, DemoUsers.Sdr.Email, "BANT qualified: 3 of 4", lead.DefinitionVersion, SdrWorkspaceFactory.Now));
            await db.SaveChangesAsync();
            leadId = lead.Id;
        }
        await ShareAsync(leadId);
        return leadId;
    }

    private async Task ShareAsync(int leadId)
    {
        var shared = await App.Services.GetRequiredService<LeadSharing>()
            .ShareAsync(await App.PrincipalOfAsync(DemoUsers.Manager), leadId, IdOf(await App.PrincipalOfAsync(Covering)));
        Assert.True(shared.Succeeded, shared.Error);
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
