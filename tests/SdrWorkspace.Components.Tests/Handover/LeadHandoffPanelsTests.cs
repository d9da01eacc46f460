using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Reopen;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Handover;

/// <summary>The hand-off panels on a lead page: handing an SQL to an AE, reopening a disqualified lead.</summary>
[Collection(HandoffWorkspace.Name)]
public class LeadHandoffPanelsTests(ChangingWorkspace app) : WorkspaceComponentTest(app)
{
    private int changed;

    [Fact]
    public async Task ReopeningNeedsAReason()
    {
        var (sdr, leadId) = await OwnLeadAsync(LifecycleStage.Disqualified, 0);
        var dialogs = Context.Render<MudDialogProvider>();
        var panel = Context.Render<ReopenPanel>(p => p.Add(r => r.LeadId, leadId).Add(r => r.User, sdr).Add(r => r.Reopened, () => changed++));

        // The click's handler waits for the dialog's answer.
        var asking = panel.Find("button:contains('Reopen')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog button:contains('Reopen')").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Reopen reason is required.", dialogs.Markup));
        Assert.Equal(0, changed);
        Assert.Equal(LifecycleStage.Disqualified, await StageOfAsync(leadId));
    }

    [Fact]
    public async Task ReopeningWithAReasonPutsTheLeadBackAndKeepsTheReasonInItsHistory()
    {
        var (sdr, leadId) = await OwnLeadAsync(LifecycleStage.Disqualified, 1);
        var dialogs = Context.Render<MudDialogProvider>();
        var snackbars = Context.Render<MudSnackbarProvider>();
        var panel = Context.Render<ReopenPanel>(p => p.Add(r => r.LeadId, leadId).Add(r => r.User, sdr).Add(r => r.Reopened, () => changed++));

        var asking = panel.Find("button:contains('Reopen')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog textarea").TypeAsync("New budget this quarter");
        await dialogs.Find(".mud-dialog button:contains('Reopen')").ClickAsync(new());
        await asking;

        snackbars.WaitForAssertion(() => Assert.Contains("Reopened", snackbars.Markup));
        Assert.Equal(1, changed);
        Assert.Equal(LifecycleStage.Lead, await StageOfAsync(leadId));
        await using var db = App.CreateDbContext();
        Assert.Equal("Reopened: New budget this quarter",
            await db.StageChanges.Where(c => c.LeadId == leadId).OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => c.Reason).LastAsync());
    }

    [Fact]
    public async Task HandingOverALeadAlreadyWaitingForAnAeIsRefusedOnThePanel()
    {
        var manager = await SignInAsync(DemoUsers.Manager);
        await using var db = App.CreateDbContext();
        var leadId = await db.Handovers.Where(h => h.Status == HandoverStatus.Pending).OrderBy(h => h.Id).Select(h => h.LeadId).FirstAsync();
        var panel = Context.Render<HandOverPanel>(p => p.Add(h => h.LeadId, leadId).Add(h => h.User, manager).Add(h => h.HandedOver, () => changed++));

        Assert.Equal("By rule (round robin)", panel.Labelled("Account executive").GetAttribute("value"));
        await panel.Find("button:contains('Hand over')").ClickAsync(new());

        Assert.Equal("This lead is already waiting for an AE.", panel.Find(".mud-alert").TextContent.Trim());
        Assert.Equal(0, changed);
        Assert.Equal(1, await db.Handovers.CountAsync(h => h.LeadId == leadId && h.Status == HandoverStatus.Pending));
    }

    private async Task<(ClaimsPrincipal Sdr, int LeadId)> OwnLeadAsync(LifecycleStage stage, int index)
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var sdrId = sdr.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = App.CreateDbContext();
        var leadId = await db.Leads.Where(l => l.Stage == stage && l.OwnerId == sdrId && !db.Handovers.Any(h => h.LeadId == l.Id))
            .OrderBy(l => l.Id).Skip(index).Select(l => l.Id).FirstAsync();
        return (sdr, leadId);
    }

    private async Task<LifecycleStage> StageOfAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return await db.Leads.Where(l => l.Id == leadId).Select(l => l.Stage).SingleAsync();
    }
}
