using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Api;

public class ApiKeysPageTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private async Task<IRenderedComponent<ApiKeysPage>> OpenAsync()
    {
        await SignInAsync(DemoUsers.Admin);
        var page = Context.Render<ApiKeysPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-table-loading")));
        return page;
    }

    private static async Task CreateAsync(IRenderedComponent<ApiKeysPage> page, string name)
    {
        await page.Labelled("Key name").ChangeAsync(new() { Value = name });
        await page.Find("form.api-key-form").SubmitAsync();
    }

    [Fact]
    public async Task ACreatedKeyIsShownOnceAndListedByItsName()
    {
        var page = await OpenAsync();

        await CreateAsync(page, "Marketing automation");

        var key = page.WaitForElement("[data-testid=new-api-key]").TextContent.Trim();
        var row = page.FindAll("table[aria-label='API keys'] tbody tr").Single(r => r.TextContent.Contains("Marketing automation"));
        Assert.StartsWith(row.QuerySelector("code")!.TextContent.TrimEnd('…'), key);
        Assert.Equal("", page.Labelled("Key name").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task TheCopyButtonPutsTheKeyOnTheClipboard()
    {
        var page = await OpenAsync();
        await CreateAsync(page, "Email tool");
        var key = page.WaitForElement("[data-testid=new-api-key]").TextContent.Trim();

        await page.Find("button[aria-label='Copy the key']").ClickAsync(new());

        var copy = Context.JSInterop.VerifyInvoke("navigator.clipboard.writeText");
        Assert.Equal(key, copy.Arguments.Single());
    }

    [Fact]
    public async Task RevokingAKeyMarksItRevokedAndHidesTheNewKey()
    {
        var page = await OpenAsync();
        await CreateAsync(page, "Old webhook");
        page.WaitForElement("[data-testid=new-api-key]");

        await page.Find("button[aria-label='Revoke Old webhook']").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Revoked", page.FindAll("table[aria-label='API keys'] tbody tr").Single(r => r.TextContent.Contains("Old webhook")).TextContent));
        Assert.Empty(page.FindAll("[data-testid=new-api-key]"));
    }

    [Fact]
    public async Task AKeyWithoutANameIsNotCreated()
    {
        var page = await OpenAsync();
        var rows = page.FindAll("table[aria-label='API keys'] tbody tr").Count;

        await CreateAsync(page, "  ");

        Assert.Empty(page.FindAll("[data-testid=new-api-key]"));
        Assert.Equal(rows, page.FindAll("table[aria-label='API keys'] tbody tr").Count);
    }
}
