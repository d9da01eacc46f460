using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Touches;

public class NextActionTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private int saved;

    private async Task<(IRenderedComponent<NextAction> Step, int LeadId)> RenderOnAnOwnLeadAsync()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        await using var db = App.CreateDbContext();
        var ownerId = sdr.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        var lead = await db.Leads.Where(l => l.OwnerId == ownerId).OrderBy(l => l.Id).FirstAsync();
        var step = Context.Render<NextAction>(p => p
            .Add(n => n.Lead, lead)
            .Add(n => n.User, sdr)
            .Add(n => n.Saved, () => saved++));
        return (step, lead.Id);
    }

    /// <summary>Types the time as the viewer reads it: their zone is not known here, so UTC.</summary>
    private static async Task PlanAsync(IRenderedComponent<NextAction> step, DateTime at, string note)
    {
        await step.Find("input[type=datetime-local]").ChangeAsync(new ChangeEventArgs { Value = at.ToString("yyyy-MM-ddTHH:mm") });
        await step.FindAll("input").Single(i => i.GetAttribute("type") != "datetime-local").ChangeAsync(new ChangeEventArgs { Value = note });
        await step.FindAll("button").Single(b => b.TextContent.Trim() == "Save next step").ClickAsync(new());
    }

    [Fact]
    public async Task NoErrorIsShownBeforeSaving()
    {
        var (step, _) = await RenderOnAnOwnLeadAsync();

        Assert.Empty(step.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task ANextStepInThePastIsRefusedWithTheReason()
    {
        var (step, _) = await RenderOnAnOwnLeadAsync();

        await PlanAsync(step, SdrWorkspaceFactory.Now.AddDays(-1), "too late");

        Assert.Equal("The next action must be in the future.", step.Find("[role=alert]").TextContent.Trim());
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task ANextStepAheadIsSavedAndThePageToldOfIt()
    {
        var (step, leadId) = await RenderOnAnOwnLeadAsync();

        await PlanAsync(step, SdrWorkspaceFactory.Now.AddDays(3), "Send the case study");

        Assert.Equal(1, saved);
        Assert.Empty(step.FindAll("[role=alert]"));
        await using var db = App.CreateDbContext();
        var lead = await db.Leads.FirstAsync(l => l.Id == leadId);
        Assert.Equal((SdrWorkspaceFactory.Now.AddDays(3), "Send the case study"), (lead.NextActionAt!.Value, lead.NextActionNote));
    }
}
