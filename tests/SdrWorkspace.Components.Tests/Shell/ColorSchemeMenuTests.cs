using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Preferences;
using SdrWorkspace.Web.Components.Layout;

namespace SdrWorkspace.Components.Tests.Shell;

public class ColorSchemeMenuTests : ComponentTest
{
    [Fact]
    public async Task ChoosingDarkReportsTheChoice()
    {
        ColorScheme? chosen = null;
        var providers = RenderProviders();
        var menu = Context.Render<ColorSchemeMenu>(p => p
            .Add(m => m.Scheme, ColorScheme.System)
            .Add(m => m.SchemeChanged, scheme => chosen = scheme));

        await menu.Find("button[aria-label='Colour scheme']").ClickAsync(new());
        await providers.WaitForElement("[role=menuitemradio]:contains('Dark')").ClickAsync(new());

        Assert.Equal(ColorScheme.Dark, chosen);
    }

    [Fact]
    public async Task TheCurrentChoiceIsMarkedChecked()
    {
        var providers = RenderProviders();
        var menu = Context.Render<ColorSchemeMenu>(p => p.Add(m => m.Scheme, ColorScheme.Light));

        await menu.Find("button[aria-label='Colour scheme']").ClickAsync(new());

        var light = providers.WaitForElement("[role=menuitemradio][aria-checked=true]");
        Assert.Contains("Light", light.TextContent);
    }
}
