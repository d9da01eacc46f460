using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Assignment;

public class ReassignTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private int reassigned;

    private async Task<(IRenderedComponent<Reassign> Form, int LeadId)> RenderOnAnotherSdrsLeadAsync()
    {
        var manager = await SignInAsync(DemoUsers.Manager);
        var sam = await App.PrincipalOfAsync(DemoUsers.Sdr);
        var samId = sam.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        await using var db = App.CreateDbContext();
        var lead = await db.Leads.Where(l => l.OwnerId != null && l.OwnerId != samId).OrderBy(l => l.Id).FirstAsync();
        var form = Context.Render<Reassign>(p => p
            .Add(r => r.Lead, lead)
            .Add(r => r.User, manager)
            .Add(r => r.Reassigned, () => reassigned++));
        return (form, lead.Id);
    }

    private static AngleSharp.Dom.IElement ReassignButton(IRenderedComponent<Reassign> form) =>
        form.FindAll("button").Single(b => b.TextContent.Trim() == "Reassign");

    [Fact]
    public async Task ReassignWaitsUntilAnotherOwnerIsChosen()
    {
        var (form, _) = await RenderOnAnotherSdrsLeadAsync();

        Assert.True(ReassignButton(form).HasAttribute("disabled"));
    }

    [Fact]
    public async Task ChoosingAnotherSdrHandsThemTheLead()
    {
        var providers = RenderProviders();
        var (form, leadId) = await RenderOnAnotherSdrsLeadAsync();

        await form.Find(".mud-select .mud-input-control-input-container > div").MouseDownAsync(new());
        await providers.WaitForElement(".mud-list-item:contains('Sam Rivera')").ClickAsync(new());
        form.WaitForAssertion(() => Assert.False(ReassignButton(form).HasAttribute("disabled")));
        await ReassignButton(form).ClickAsync(new());

        Assert.Equal(1, reassigned);
        await using var db = App.CreateDbContext();
        var samId = (await App.PrincipalOfAsync(DemoUsers.Sdr)).FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        Assert.Equal(samId, (await db.Leads.FirstAsync(l => l.Id == leadId)).OwnerId);
    }
}
