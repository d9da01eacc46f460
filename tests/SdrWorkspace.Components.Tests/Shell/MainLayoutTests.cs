using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Preferences;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Components.Layout;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Shell;

public class MainLayoutTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly RenderFragment Page = builder => builder.AddMarkupContent(0, "<h1>Page</h1>");

    /// <summary>The page background the theme provider writes into its style sheet.</summary>
    private static string BackgroundOf(IRenderedComponent<MainLayout> layout) =>
        System.Text.RegularExpressions.Regex.Match(layout.Markup, @"--mud-palette-background:\s*([^;]*);").Groups[1].Value;

    [Fact]
    public async Task ChoosingDarkDrawsTheAppDarkAndKeepsTheChoiceForTheUser()
    {
        var user = await SignInAsync(DemoUsers.Marketing);
        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));

        await layout.Find("button[aria-label='Colour scheme']").ClickAsync(new());
        await layout.WaitForElement("[role=menuitemradio]:contains('Dark')").ClickAsync(new());

        layout.WaitForAssertion(() => Assert.Equal("rgba(17,22,28,1)", BackgroundOf(layout)));
        var stored = await App.Services.GetRequiredService<ColorSchemePreference>().GetAsync(user);
        Assert.Equal(ColorScheme.Dark, stored);
    }

    [Fact]
    public async Task AStoredLightChoiceIsDrawnLightFromTheFirstRender()
    {
        var user = await SignInAsync(DemoUsers.Admin);
        await App.Services.GetRequiredService<ColorSchemePreference>().SetAsync(user, ColorScheme.Light);

        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));

        Assert.Equal("rgba(246,248,250,1)", BackgroundOf(layout));
    }

    [Fact]
    public async Task TheMenuButtonHidesAndShowsTheNavigation()
    {
        await SignInAsync(DemoUsers.Manager);
        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));
        string Expanded() => layout.Find("button[aria-label='Show or hide navigation']").GetAttribute("aria-expanded")!;
        bool DrawerOpen() => layout.Find(".mud-drawer").ClassList.Contains("mud-drawer--open");
        var wasOpen = DrawerOpen();
        Assert.Equal(wasOpen ? "true" : "false", Expanded());

        await layout.Find("button[aria-label='Show or hide navigation']").ClickAsync(new());
        Assert.Equal(!wasOpen, DrawerOpen());
        Assert.Equal(wasOpen ? "false" : "true", Expanded());

        await layout.Find("button[aria-label='Show or hide navigation']").ClickAsync(new());
        Assert.Equal(wasOpen, DrawerOpen());
    }

    [Fact]
    public async Task TheNavigationShowsOnlyWhatTheRoleMayOpen()
    {
        await SignInAsync(DemoUsers.AccountExecutive);

        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));

        var links = layout.FindAll("nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Handovers", "Sales-qualified leads", "Qualification definition"], links);
    }
}
