using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Handover;

[Collection(HandoffWorkspace.Name)]
public class MqlInboxItemTests(ChangingWorkspace app) : WorkspaceComponentTest(app)
{
    private int decided;

    [Fact]
    public async Task AcceptingAnMqlMakesItAnSalAndConfirmsIt()
    {
        var (item, row) = await RenderOwnMqlAsync();
        var snackbars = Context.Render<MudSnackbarProvider>();

        await item.Find("button:contains('Accept')").ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains($"{row.Name} accepted: now SAL in the queue.", snackbars.Markup));
        Assert.Equal(1, decided);
        Assert.Equal(LifecycleStage.SAL, await StageOfAsync(row.LeadId));
    }

    [Fact]
    public async Task RejectingAsksForAReasonFromTheList()
    {
        var (item, row) = await RenderOwnMqlAsync();
        var dialogs = Context.Render<MudDialogProvider>();

        // The click's handler waits for the dialog's answer.
        var asking = item.Find("button:contains('Reject')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog button:contains('Reject')").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Choose why the MQL is rejected.", dialogs.Markup));
        Assert.Equal(0, decided);
        Assert.Equal(LifecycleStage.MQL, await StageOfAsync(row.LeadId));
    }

    [Fact]
    public async Task RejectingWithAReasonAndANoteSendsTheMqlBackToMarketing()
    {
        var (item, row) = await RenderOwnMqlAsync();
        var popovers = RenderProviders();
        var dialogs = Context.Render<MudDialogProvider>();
        var snackbars = Context.Render<MudSnackbarProvider>();

        // The click's handler waits for the dialog's answer.
        var asking = item.Find("button:contains('Reject')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog input").ChooseAsync(popovers, "Bad data");
        await dialogs.Labelled("Rejection note").TypeAsync("Phone number belongs to a reception desk");
        await dialogs.Find(".mud-dialog button:contains('Reject')").ClickAsync(new());

        await asking;
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        snackbars.WaitForAssertion(() => Assert.Contains($"{row.Name} rejected (Bad data): back to marketing.", snackbars.Markup));
        Assert.Equal(1, decided);
        await using var db = App.CreateDbContext();
        var review = await db.MqlReviews.SingleAsync(r => r.LeadId == row.LeadId);
        Assert.Equal((MqlRejectionReason.BadData, "Phone number belongs to a reception desk"), (review.Reason, review.ReasonText));
        Assert.Equal(LifecycleStage.Lead, await StageOfAsync(row.LeadId));
    }

    [Fact]
    public async Task RejectingForOtherWithoutANoteKeepsTheDialogOpenWithTheRefusal()
    {
        var (item, row) = await RenderOwnMqlAsync();
        var popovers = RenderProviders();
        var dialogs = Context.Render<MudDialogProvider>();

        // The click's handler waits for the dialog's answer.
        var asking = item.Find("button:contains('Reject')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog input").ChooseAsync(popovers, "Other");
        await dialogs.Find(".mud-dialog button:contains('Reject')").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Say why the MQL is rejected when the reason is Other.", dialogs.Find(".mud-dialog .mud-alert").TextContent));
        Assert.Equal(0, decided);
        Assert.Equal(LifecycleStage.MQL, await StageOfAsync(row.LeadId));
    }

    [Fact]
    public async Task CancellingTheRejectionLeavesTheMqlWaiting()
    {
        var (item, row) = await RenderOwnMqlAsync();
        var dialogs = Context.Render<MudDialogProvider>();

        // The click's handler waits for the dialog's answer.
        var asking = item.Find("button:contains('Reject')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog button:contains('Cancel')").ClickAsync(new());

        await asking;
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        Assert.Equal(0, decided);
        Assert.Equal(LifecycleStage.MQL, await StageOfAsync(row.LeadId));
    }

    private async Task<(IRenderedComponent<MqlInboxItem> Item, MqlInboxRow Row)> RenderOwnMqlAsync()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var leadId = await App.AddMqlAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var row = (await App.Services.GetRequiredService<MqlInbox>().ListAsync(sdr)).Single(r => r.LeadId == leadId);
        var item = Context.Render<MqlInboxItem>(p => p
            .Add(i => i.Row, row)
            .Add(i => i.User, sdr)
            .Add(i => i.Decided, () => decided++));
        return (item, row);
    }

    private async Task<LifecycleStage> StageOfAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return await db.Leads.Where(l => l.Id == leadId).Select(l => l.Stage).SingleAsync();
    }
}
