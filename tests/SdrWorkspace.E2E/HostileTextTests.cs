using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>Markup in what senders and users type (a lead's name, a reply) is shown as text, and nothing in it runs.</summary>
[Collection(AppCollection.Name)]
public sealed class HostileTextTests(AppFixture app)
{
    private const string FirstName = "<img src=x onerror=\"window.__injected='name'\">";
    private const string LastName = "<script>window.__injected='script'</script>";
    private const string Subject = "<img src=x onerror=\"window.__injected='subject'\">Re: pricing";
    private const string ReplyText = "<script>window.__injected='reply'</script><b>not bold</b> javascript:alert(1)";

    [Fact]
    public async Task ALeadAndAReplyFullOfMarkupAreShownAsTextAndNoScriptInThemRuns()
    {
        using var api = new IngestionApi(app.Server.BaseUrl);
        var email = $"hostile-{Guid.NewGuid():N}@markup.test";
        var leadId = await api.UpsertLeadAsync(new { email, firstName = FirstName, lastName = LastName, title = "VP of Sales", source = "<b>Webinar</b>" });
        await api.PostEventAsync(email, "email_reply", Subject, ReplyText);
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };

        await page.GotoAsync($"/leads/{leadId}");
        await LoginPage.WaitUntilInteractiveAsync(page);

        var lead = new LeadDetailPage(page);
        await Expect(lead.Heading).ToHaveTextAsync($"{FirstName} {LastName}");
        await Expect(lead.Timeline.GetByText(ReplyText)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reply-body").GetByRole(AriaRole.Heading, new() { Name = Subject })).ToBeVisibleAsync();
        await Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        await Expect(page.Locator("main b", new() { HasText = "not bold" })).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__injected ?? null"));

        Assert.Empty(dialogs);
    }
}
