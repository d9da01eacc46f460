using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Admin;

public class UserAdministrationDialogsTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private IRenderedComponent<MudPopoverProvider> popovers = default!;
    private IRenderedComponent<MudDialogProvider> dialogs = default!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = default!;

    private async Task<IRenderedComponent<UsersPage>> RenderAsAdminAsync()
    {
        await SignInAsync(DemoUsers.Admin);
        popovers = RenderProviders();
        dialogs = Context.Render<MudDialogProvider>();
        snackbars = Context.Render<MudSnackbarProvider>();
        var page = Context.Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("table[aria-label=Users] tbody tr")));
        return page;
    }

    private static IElement RowOf(IRenderedComponent<UsersPage> page, string email) =>
        page.FindAll("table[aria-label=Users] tbody tr").Single(r => r.TextContent.Contains(email));

    private static IElement ButtonIn(IElement row, string text) =>
        row.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == text);

    private IElement DialogButton(string text) =>
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text);

    private IElement DialogField(string label)
    {
        var labelElement = dialogs.FindAll(".mud-dialog label").First(l => l.TextContent.Trim().TrimEnd('*').Trim() == label);
        return labelElement.ParentElement!.QuerySelector("input")!;
    }

    private async Task CheckRoleAsync(string label) =>
        await dialogs.FindAll(".mud-dialog .mud-checkbox").Single(c => c.TextContent.Trim() == label).QuerySelector("input")!
            .ChangeAsync(new ChangeEventArgs { Value = true });

    [Fact]
    public async Task CreatingAUserWithNothingFilledInSaysWhatIsMissingAndCreatesNobody()
    {
        var page = await RenderAsAdminAsync();
        var before = page.FindAll("table[aria-label=Users] tbody tr").Count;

        _ = page.Find("button:contains('New user')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog button:contains('Create user')").ClickAsync(new());

        dialogs.WaitForAssertion(() =>
        {
            Assert.Contains("Enter the user's name.", dialogs.Markup);
            Assert.Contains("Enter the user's email address.", dialogs.Markup);
            Assert.Contains(TeamRules.NoRole, dialogs.Markup);
        });
        await DialogField("Email").InputAsync(new ChangeEventArgs { Value = "not-an-email" });
        await DialogButton("Create user").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Enter a valid email address.", dialogs.Markup));
        Assert.Equal(before, page.FindAll("table[aria-label=Users] tbody tr").Count);
    }

    [Fact]
    public async Task CreatingAUserShowsTheirPasswordLinkOnceAndListsThem()
    {
        var page = await RenderAsAdminAsync();
        var email = $"new-{Guid.NewGuid():N}@example.com";
        const string name = "<b>Zoë</b> مرحبا 🎉";

        var creating = page.Find("button:contains('New user')").ClickAsync(new());
        await dialogs.WaitForElement(".mud-dialog input").InputAsync(new ChangeEventArgs { Value = name });
        await DialogField("Email").InputAsync(new ChangeEventArgs { Value = email });
        await CheckRoleAsync("SDR");
        await DialogButton("Create user").ClickAsync(new());
        var link = dialogs.WaitForElement(".mud-dialog input[readonly]").GetAttribute("value")!;
        await DialogButton("Done").ClickAsync(new());
        await creating;

        Assert.Contains("/Account/SetPassword?user=", link);
        page.WaitForAssertion(() => Assert.Contains(email, page.Markup));
        Assert.DoesNotContain("SetPassword", dialogs.Markup + page.Markup);
        Assert.Contains("&lt;b&gt;Zoë&lt;/b&gt; مرحبا 🎉", RowOf(page, email).InnerHtml);
        page.WaitForAssertion(() => Assert.Contains("User created", page.Find("table[aria-label='Admin actions']").TextContent));
    }

    [Fact]
    public async Task DeactivatingAnSdrWithOpenLeadsAsksWhereTheyGoAndWantsANamedSdrChosen()
    {
        var sdr = await App.AddUserAsync(Roles.Sdr);
        var sdrId = await IdOfAsync(sdr.Email);
        var leadId = await App.AddMqlAsync(sdrId);
        var page = await RenderAsAdminAsync();

        var deactivating = ButtonIn(RowOf(page, sdr.Email), "Deactivate").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Where does Test User's open lead go?", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.FindAll(".mud-dialog .mud-radio").Single(r => r.TextContent.Contains("All to one SDR")).QuerySelector("input")!.ClickAsync(new());
        await DialogButton("Deactivate").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Choose the SDR who takes the leads.", dialogs.Markup));
        await dialogs.Find(".mud-dialog .mud-select .mud-input-control-input-container > div").MouseDownAsync(new());
        await popovers.WaitForElement(".mud-list-item:contains('Priya Patel')").ClickAsync(new());
        await DialogButton("Deactivate").ClickAsync(new());
        await deactivating;

        snackbars.WaitForAssertion(() => Assert.Contains("Test User is deactivated. 1 open lead moved.", snackbars.Markup));
        page.WaitForAssertion(() => Assert.Contains("Deactivated", RowOf(page, sdr.Email).TextContent));
        await using var db = App.CreateDbContext();
        Assert.Equal(await IdOfAsync("priya.patel@demo.local"), (await db.Leads.SingleAsync(l => l.Id == leadId)).OwnerId);
    }

    [Fact]
    public async Task DeactivatingAUserWithoutOpenLeadsDoesNotAskWhereTheyGo()
    {
        var marketer = await App.AddUserAsync(Roles.Marketing);
        var page = await RenderAsAdminAsync();

        _ = ButtonIn(RowOf(page, marketer.Email), "Deactivate").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog button:contains('Deactivate')");

        Assert.Empty(dialogs.FindAll(".mud-dialog .mud-radio"));
        Assert.Contains("will no longer be able to sign in", dialogs.Markup);
    }

    [Fact]
    public async Task TheLastAdminRemovingTheirOwnAdminRoleIsRefusedInTheDialog()
    {
        var page = await RenderAsAdminAsync();

        _ = ButtonIn(RowOf(page, DemoUsers.Admin.Email), "Roles").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog .mud-checkbox input");
        await dialogs.FindAll(".mud-dialog .mud-checkbox").Single(c => c.TextContent.Trim() == "Admin").QuerySelector("input")!
            .ChangeAsync(new ChangeEventArgs { Value = false });
        await DialogButton("Save roles").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains(TeamRules.NoRole, dialogs.Markup));
        await CheckRoleAsync("Manager");
        await DialogButton("Save roles").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains(TeamRules.NoAdminLeft, dialogs.Markup));
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = App.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
