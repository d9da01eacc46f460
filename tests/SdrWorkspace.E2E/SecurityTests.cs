using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>The app works under its content security policy, and a shared lead opens for the SDR it was shared with.</summary>
[Collection(AppCollection.Name)]
public sealed class SecurityTests(AppFixture app)
{
    /// <summary>Records what the browser blocked; Playwright's init scripts are not subject to the page's policy.</summary>
    private const string WatchViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task EveryScreenRunsUnderTheContentSecurityPolicyWithoutAViolation()
    {
        var page = await app.NewPageAsync();
        await page.Context.AddInitScriptAsync(WatchViolations);
        var reported = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                reported.Add(message.Text);
        };
        await page.GotoAsync("/Account/Login");
        reported.AddRange(await ViolationsAsync(page, "/Account/Login"));
        await new LoginPage(page).SignInAsync(DemoAccounts.Manager);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));

        var leadId = await FirstLeadIdAsync(page);
        foreach (var path in new[] { "/leads", $"/leads/{leadId}", $"/leads/{leadId}/qualify", "/replies", "/mql-review", "/handovers", "/handover-breaches", "/import", "/dashboards", "/definition" })
        {
            await page.GotoAsync(path);
            // Interactive means the circuit's WebSocket connected and blazor.web.js ran: both under the policy.
            await LoginPage.WaitUntilInteractiveAsync(page);
            reported.AddRange(await ViolationsAsync(page, path));
        }

        Assert.Empty(reported);
    }

    [Fact]
    public async Task AManagerSharesAnotherSdrsLeadAndTheSdrCanThenOpenAndWorkIt()
    {
        var other = await LoginPage.SignedInAsync(app, DemoAccounts.OtherSdr);
        var othersLeads = new LeadsListPage(other);
        await othersLeads.OpenAsync();
        // A plain lead: a shared MQL or SQL would join Sam's MQL inbox or SQL list, which other journeys work through.
        await othersLeads.FilterByStageAsync("Lead");
        await Expect(othersLeads.StageBadges.First).ToHaveTextAsync("Lead");
        await othersLeads.LeadLinks.Nth(3).ClickAsync();
        await other.WaitForURLAsync(new Regex(@"/leads/\d+$"));
        var address = new Uri(other.Url).AbsolutePath;
        await new LeadDetailPage(other).TotalScore.WaitForAsync();
        var name = await new LeadDetailPage(other).Heading.InnerTextAsync();
        var sdr = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        await sdr.GotoAsync(address);
        await Expect(sdr.GetByRole(AriaRole.Heading, new() { Name = "Lead not found" })).ToBeVisibleAsync();

        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        await manager.GotoAsync(address);
        await LoginPage.WaitUntilInteractiveAsync(manager);
        await new LeadDetailPage(manager).ShareWithAsync("Sam Rivera");
        await Expect(manager.GetByTestId("shared-with")).ToHaveTextAsync("Shared with Sam Rivera");

        await sdr.GotoAsync(address);
        await Expect(new LeadDetailPage(sdr).Heading).ToHaveTextAsync(name);
        await Expect(sdr.GetByRole(AriaRole.Region, new() { Name = "Work this lead" })).ToBeVisibleAsync();
    }

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string path) =>
        (await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []")).Select(v => $"{path}: {v}").ToList();

    private static async Task<int> FirstLeadIdAsync(IPage page)
    {
        await page.GotoAsync("/leads");
        var href = await page.Locator("a.lead-link").First.GetAttributeAsync("href");
        return int.Parse(Regex.Match(href!, @"leads/(\d+)").Groups[1].Value);
    }
}
