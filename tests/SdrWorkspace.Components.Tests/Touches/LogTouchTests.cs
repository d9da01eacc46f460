using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Touches;

public class LogTouchTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private int logged;

    private async Task<(IRenderedComponent<LogTouch> Bar, int LeadId)> RenderOnAnOwnLeadAsync()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        await using var db = App.CreateDbContext();
        var ownerId = sdr.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        var leadId = await db.Leads.Where(l => l.OwnerId == ownerId && !l.DoNotContact).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var bar = Context.Render<LogTouch>(p => p
            .Add(t => t.LeadId, leadId)
            .Add(t => t.User, sdr)
            .Add(t => t.Logged, () => logged++));
        return (bar, leadId);
    }

    private static Task ClickAsync(IRenderedComponent<LogTouch> bar, string text) =>
        bar.FindAll("button").First(b => b.TextContent.Trim() == text).ClickAsync(new());

    [Fact]
    public async Task PickingAChannelOffersOnlyItsOutcomes()
    {
        var (bar, _) = await RenderOnAnOwnLeadAsync();

        await ClickAsync(bar, "Email");

        var outcomes = bar.Find("[role=group][aria-label='Email outcome']").QuerySelectorAll("button").Select(b => b.TextContent.Trim());
        Assert.Equal(["Sent", "Replied"], outcomes);
        Assert.Equal("true", bar.FindAll("button").First(b => b.TextContent.Trim() == "Email").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task LinkedInIsWrittenAsOneWord()
    {
        var (bar, _) = await RenderOnAnOwnLeadAsync();

        Assert.Contains(bar.FindAll("button"), b => b.TextContent.Trim() == "LinkedIn");
        Assert.DoesNotContain("Linked in", bar.Markup);
    }

    [Fact]
    public async Task LoggingAnOutcomeSavesTheTouchWithItsNoteAndConfirmsItWithUndo()
    {
        var (bar, leadId) = await RenderOnAnOwnLeadAsync();
        await ClickAsync(bar, "Call");
        await bar.Find("input").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Asked for a call next week" });

        await ClickAsync(bar, "Connected");

        Assert.Equal(1, logged);
        Assert.Empty(bar.FindAll("[aria-label='Call outcome']"));
        await using var db = App.CreateDbContext();
        var touch = await db.Touches.Where(t => t.LeadId == leadId).OrderByDescending(t => t.Id).FirstAsync();
        Assert.Equal((TouchChannel.Call, TouchOutcome.Connected, "Asked for a call next week"), (touch.Channel, touch.Outcome, touch.Note));
        var snackbar = Context.Render<MudSnackbarProvider>();
        Assert.Equal("Logged call (connected).", snackbar.FindAll(".mud-snackbar-content-message").Last().TextContent.Trim());

        await snackbar.FindAll(".mud-snackbar-action-button").Last().ClickAsync(new());

        Assert.Equal(2, logged);
        await using var check = App.CreateDbContext();
        Assert.False(await check.Touches.AnyAsync(t => t.Id == touch.Id));
    }
}
