using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The hand-over panel on an SQL's lead page.</summary>
public sealed class LeadHandOverPanel(IPage page)
{
    public async Task HandToAsync(string aeName)
    {
        await page.GetByLabel("Account executive").ChooseAsync(page, aeName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();
    }

    public ILocator Notice => page.GetByTestId("handover-latest");
}

/// <summary>The AE's handover inbox and one handover's package.</summary>
public sealed class HandoversPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator LinkTo(string leadName) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Handovers" }).GetByRole(AriaRole.Link, new() { Name = leadName }).First;

    /// <summary>Pages through the list, as the AE would, until the lead's handover shows, and opens it.</summary>
    public async Task OpenPackageAsync(string leadName)
    {
        var list = page.GetByRole(AriaRole.Region, new() { Name = "Handovers" });
        await list.GetByRole(AriaRole.Link).First.WaitForAsync();
        var pageInfo = list.Locator(".mud-table-pagination-caption").Last;
        var next = list.Locator(".mud-table-pagination-actions button").Nth(2);
        while (!await LinkTo(leadName).IsVisibleAsync() && await next.IsEnabledAsync())
        {
            var shown = await pageInfo.InnerTextAsync();
            await next.ClickAsync();
            await Assertions.Expect(pageInfo).Not.ToHaveTextAsync(shown);
        }
        await LinkTo(leadName).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/handovers/\\d+$"));
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public ILocator Status => page.GetByTestId("handover-status");

    public ILocator StageBadge => page.Locator(".page-header .stage-badge");

    public ILocator BackToList => page.Locator(".mud-breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "Handovers" });

    public async Task ReturnAsync(string reason)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Return to SDR…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Return reason").FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Return", Exact = true }).ClickAsync();
    }

    public async Task AcceptAsync(decimal value, DateOnly closeOn)
    {
        await page.GetByLabel("Estimated value").FillAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Close date").FillAsync(closeOn.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept as opportunity" }).ClickAsync();
    }
}
