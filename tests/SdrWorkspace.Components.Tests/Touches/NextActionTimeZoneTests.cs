using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Components.Shared;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Touches;

/// <summary>A next step is typed and read in the viewer's zone, and stored as the moment they meant.</summary>
public class NextActionTimeZoneTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    [Fact]
    public async Task NineThirtyTypedInNewYorkIsStoredAsTheMomentItIsThereAndReadsBackAsNineThirty()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        Context.Services.GetRequiredService<ViewerClock>().Use("America/New_York");
        int leadId;
        await using (var db = App.CreateDbContext())
        {
            var ownerId = sdr.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
            leadId = await db.Leads.Where(l => l.OwnerId == ownerId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        }
        var step = await RenderAsync(sdr, leadId);

        await step.Find("input[type=datetime-local]").ChangeAsync(new ChangeEventArgs { Value = "2026-11-24T09:30" });
        await step.FindAll("button").Single(b => b.TextContent.Trim() == "Save next step").ClickAsync(new());

        await using (var db = App.CreateDbContext())
            Assert.Equal(new DateTime(2026, 11, 24, 14, 30, 0), (await db.Leads.SingleAsync(l => l.Id == leadId)).NextActionAt);
        var reopened = await RenderAsync(sdr, leadId);
        Assert.Equal("2026-11-24T09:30", reopened.Find("input[type=datetime-local]").GetAttribute("value"));
    }

    private async Task<IRenderedComponent<NextAction>> RenderAsync(System.Security.Claims.ClaimsPrincipal sdr, int leadId)
    {
        await using var db = App.CreateDbContext();
        var lead = await db.Leads.SingleAsync(l => l.Id == leadId);
        return Context.Render<NextAction>(p => p.Add(n => n.Lead, lead).Add(n => n.User, sdr).Add(n => n.Saved, () => { }));
    }
}
