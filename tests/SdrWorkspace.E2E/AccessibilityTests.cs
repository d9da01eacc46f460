using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;

namespace SdrWorkspace.E2E;

/// <summary>Every main screen of every role, light and dark, has no critical or serious WCAG 2.1 A/AA violation.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    public static TheoryData<string, ColorScheme> RolesAndSchemes => new()
    {
        { DemoAccounts.Sdr, ColorScheme.Light },
        { DemoAccounts.Sdr, ColorScheme.Dark },
        { DemoAccounts.Manager, ColorScheme.Light },
        { DemoAccounts.Manager, ColorScheme.Dark },
        { DemoAccounts.Marketing, ColorScheme.Light },
        { DemoAccounts.AccountExecutive, ColorScheme.Light },
        { DemoAccounts.Admin, ColorScheme.Light },
    };

    [Theory]
    [MemberData(nameof(RolesAndSchemes))]
    public async Task EveryMainScreenOfTheRoleHasNoBlockingViolation(string user, ColorScheme scheme)
    {
        var page = await LoginPage.SignedInAsync(app, user, scheme);
        var violations = new List<string>();

        foreach (var screen in await ScreensOfAsync(page, user))
        {
            await page.GotoAsync(screen);
            await LoginPage.WaitUntilInteractiveAsync(page);
            await WaitUntilLoadedAsync(page);
            violations.AddRange(await Axe.BlockingViolationsAsync(page, screen));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>The screens in the role's navigation, plus a lead page and (where the role qualifies) a qualification.</summary>
    private static async Task<IReadOnlyList<string>> ScreensOfAsync(IPage page, string user)
    {
        var screens = (await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator("a[href]")
                .EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)"))
            .Distinct().ToList();
        if (screens.Contains("/leads"))
        {
            await page.GotoAsync("/leads");
            var lead = page.Locator("a.lead-link").First;
            await lead.WaitForAsync();
            var leadPage = "/" + Regex.Match((await lead.GetAttributeAsync("href"))!, @"leads/\d+").Value;
            screens.Add(leadPage);
            if (user is DemoAccounts.Sdr or DemoAccounts.Manager)
                screens.Add(leadPage + "/qualify");
        }
        screens.Add("/no-such-page");
        return screens;
    }

    /// <summary>Lists and panels show progress while they load; axe should see what the user finally sees.</summary>
    private static async Task WaitUntilLoadedAsync(IPage page) =>
        await page.Locator(".mud-progress-linear, .mud-skeleton, [aria-busy='true']").First
            .WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
}
