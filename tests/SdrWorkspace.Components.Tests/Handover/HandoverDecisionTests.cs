using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Handover;

[Collection(HandoffWorkspace.Name)]
public class HandoverDecisionTests(ChangingWorkspace app) : WorkspaceComponentTest(app)
{
    private int decided;

    [Fact]
    public async Task AcceptingWithoutAValueAndACloseDateSaysWhatIsMissing()
    {
        var (decision, handoverId) = await RenderPendingAsync(0);

        await decision.Find("button:contains('Accept as opportunity')").ClickAsync(new());

        Assert.Contains("Enter an estimated value and a close date.", decision.Find(".mud-alert").TextContent);
        Assert.Equal(0, decided);
        Assert.Equal(HandoverStatus.Pending, await StatusOfAsync(handoverId));
    }

    [Fact]
    public async Task AcceptingWithAValueAndACloseDateMakesTheLeadAnOpportunity()
    {
        var (decision, handoverId) = await RenderPendingAsync(1);
        var snackbars = Context.Render<MudSnackbarProvider>();

        await decision.Labelled("Estimated value").TypeAsync("42000");
        await decision.Labelled("Close date").TypeAsync(DateOnly.FromDateTime(SdrWorkspaceFactory.Now).AddMonths(2).ToString("yyyy-MM-dd"));
        await decision.Find("button:contains('Accept as opportunity')").ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains("Accepted: the lead is now an opportunity.", snackbars.Markup));
        Assert.Equal(1, decided);
        Assert.Equal(HandoverStatus.Accepted, await StatusOfAsync(handoverId));
        await using var db = App.CreateDbContext();
        var leadId = await db.Handovers.Where(h => h.Id == handoverId).Select(h => h.LeadId).SingleAsync();
        Assert.Equal(LifecycleStage.Opportunity, await db.Leads.Where(l => l.Id == leadId).Select(l => l.Stage).SingleAsync());
    }

    [Fact]
    public async Task ReturningNeedsAReason()
    {
        var (decision, handoverId) = await RenderPendingAsync(2);
        var dialogs = Context.Render<MudDialogProvider>();

        // The click's handler waits for the dialog's answer.
        var asking = decision.Find("button:contains('Return to SDR')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog button:contains('Return')").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Return reason is required.", dialogs.Markup));
        Assert.Equal(0, decided);
        Assert.Equal(HandoverStatus.Pending, await StatusOfAsync(handoverId));
    }

    [Fact]
    public async Task ReturningWithAReasonSendsTheLeadBackToItsSdr()
    {
        var (decision, handoverId) = await RenderPendingAsync(3);
        var dialogs = Context.Render<MudDialogProvider>();
        var snackbars = Context.Render<MudSnackbarProvider>();

        // The click's handler waits for the dialog's answer.
        var asking = decision.Find("button:contains('Return to SDR')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog textarea").TypeAsync("No budget until next year");
        await dialogs.Find(".mud-dialog button:contains('Return')").ClickAsync(new());

        await asking;
        snackbars.WaitForAssertion(() => Assert.Contains("Returned to the SDR with your reason.", snackbars.Markup));
        Assert.Equal(1, decided);
        await using var db = App.CreateDbContext();
        var handover = await db.Handovers.SingleAsync(h => h.Id == handoverId);
        Assert.Equal((HandoverStatus.Returned, "No budget until next year"), (handover.Status, handover.ReturnReason));
    }

    private async Task<(IRenderedComponent<HandoverDecision> Decision, long HandoverId)> RenderPendingAsync(int index)
    {
        var manager = await SignInAsync(DemoUsers.Manager);
        var rows = await App.Services.GetRequiredService<HandoverService>().InboxAsync(manager);
        var handover = rows.Where(h => h.Status == HandoverStatus.Pending).OrderBy(h => h.Id).ElementAt(index);
        var decision = Context.Render<HandoverDecision>(p => p
            .Add(d => d.HandoverId, handover.Id)
            .Add(d => d.User, manager)
            .Add(d => d.Decided, () => decided++));
        return (decision, handover.Id);
    }

    private async Task<HandoverStatus> StatusOfAsync(long handoverId)
    {
        await using var db = App.CreateDbContext();
        return await db.Handovers.Where(h => h.Id == handoverId).Select(h => h.Status).SingleAsync();
    }
}
