using System.Text.RegularExpressions;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class RepliesTests(AppFixture app)
{
    [Fact]
    public async Task AnSdrCodesAReplyWithOneKey()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var inbox = new RepliesInboxPage(page);
        await inbox.OpenAsync();
        var before = await inbox.UncodedAsync();
        await Expect(inbox.ReplyBody).ToBeVisibleAsync();

        await inbox.PressAsync("p");

        await Expect(inbox.Count).ToContainTextAsync(new Regex($"^{before - 1:N0} uncoded .* last coded: .* as Price objection"));
    }

    [Fact]
    public async Task OutOfOfficeAsksForTheReturnDateBeforeItCodes()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var inbox = new RepliesInboxPage(page);
        await inbox.OpenAsync();
        var before = await inbox.UncodedAsync();
        await Expect(inbox.ReplyBody).ToBeVisibleAsync();

        await inbox.PressAsync("o");
        await inbox.DateField.FillAsync(DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-dd"));
        await inbox.ConfirmButton("Out of office").ClickAsync();

        await Expect(inbox.Count).ToContainTextAsync(new Regex($"^{before - 1:N0} uncoded .* as Out of office"));
    }
}
