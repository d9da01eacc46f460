using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Components.Layout;
using SdrWorkspace.Web.Components.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Shell;

/// <summary>The main layout learns the viewer's zone: the one kept for the user, or the browser's the first time.</summary>
public class ViewerZoneTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly DateTime Moment = new(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc);

    private static readonly RenderFragment Page = builder =>
    {
        builder.OpenComponent<LocalTime>(0);
        builder.AddComponentParameter(1, nameof(LocalTime.Value), Moment);
        builder.CloseComponent();
    };

    private TimeZonePreference Zones => App.Services.GetRequiredService<TimeZonePreference>();

    [Fact]
    public async Task TheFirstTimeAUserOpensTheAppTimesFollowTheirBrowsersZoneWhichIsKeptForThem()
    {
        var user = await SignInAsync(await App.AddUserAsync(Roles.Sdr));
        Context.JSInterop.SetupModule("/assets/js/timezone.js").Setup<string?>("detect").SetResult("Europe/Berlin");

        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));

        layout.WaitForAssertion(() => Assert.Equal("15 Jul 2026 14:00", layout.Find("main time").TextContent));
        Assert.Equal("Europe/Berlin", await Zones.GetAsync(user));
    }

    [Fact]
    public async Task AKeptZoneIsUsedFromTheFirstDrawingAndTheBrowserIsNotAsked()
    {
        var user = await SignInAsync(await App.AddUserAsync(Roles.Sdr));
        await Zones.SetAsync(user, "America/New_York");
        var detect = Context.JSInterop.SetupModule("/assets/js/timezone.js").Setup<string?>("detect");
        detect.SetResult("Europe/Berlin");

        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));

        Assert.Equal("15 Jul 2026 08:00", layout.Find("main time").TextContent);
        Assert.Empty(detect.Invocations);
        Assert.Equal("America/New_York", await Zones.GetAsync(user));
    }

    [Fact]
    public async Task AUserCanChooseAnotherZoneWhichIsKeptForThemAndRedrawsTheTimes()
    {
        var user = await SignInAsync(await App.AddUserAsync(Roles.Sdr));
        await Zones.SetAsync(user, "America/New_York");
        var layout = Context.Render<MainLayout>(p => p.Add(l => l.Body, Page));

        // The click's handler waits for the dialog's answer.
        var choosing = layout.Find("button[aria-label='Time zone']").ClickAsync(new());
        var input = layout.WaitForElement(".mud-dialog input");
        await input.FocusAsync(new());
        await input.InputAsync(new ChangeEventArgs { Value = "Asia/Tokyo" });
        await layout.Find(".mud-dialog input").BlurAsync(new());
        await layout.WaitForElement(".mud-dialog button:contains('Use this zone'):not([disabled])").ClickAsync(new());
        await choosing;

        layout.WaitForAssertion(() => Assert.Equal("15 Jul 2026 21:00", layout.Find("main time").TextContent));
        Assert.Equal("Asia/Tokyo", await Zones.GetAsync(user));
    }
}
