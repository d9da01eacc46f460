using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class CallingTests(AppFixture app)
{
    /// <summary>More than the round robin ever needs to give the demo SDR six of them.</summary>
    private const int MaxLeadsCreated = 60;

    [Fact]
    public async Task AnSdrCallsThroughFiveLeadsByKeyAndComesBackFromQualificationToTheEndOfTheQueue()
    {
        var source = $"Call journey {Guid.NewGuid():N}"[..24];
        var (handRaises, plain) = await LeadsOfTheDemoSdrAsync(source);
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Source" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = source, Exact = true }).ClickAsync();
        await Expect(queue.Rows).ToHaveCountAsync(handRaises.Count + 1);
        await Expect(queue.Count).ToContainTextAsync("6 workable leads");
        var order = await queue.LeadIdsAsync();
        var names = await queue.Rows.Locator("a.lead-link").AllInnerTextsAsync();
        Assert.Equal(plain, order[^1]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Start calling" }).ClickAsync();
        var call = new CallPage(page);
        await LoginPage.WaitUntilInteractiveAsync(page);

        for (var i = 0; i < handRaises.Count; i++)
        {
            await Expect(call.Heading).ToHaveTextAsync(names[i]);
            await Expect(call.Phone).ToHaveAttributeAsync("href", "tel:+493012345678");
            await Expect(call.Email).ToHaveAttributeAsync("href", new Regex("^mailto:call-journey-"));
            if (i == 2)
            {
                // Digits typed in the note are text, not outcomes.
                await call.TypeNoteAsync("Call back at 3, ext 5");
                await Expect(call.Heading).ToHaveTextAsync(names[i]);
            }
            await call.PressAsync((i + 1).ToString());
            await Expect(call.CallsMade).ToHaveTextAsync(i == 0 ? "1 call made" : $"{i + 1} calls made");
        }

        await Expect(call.Heading).ToHaveTextAsync(names[^1]);
        await call.PressAsync("q");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex($"^Qualify {Regex.Escape(names[^1])}, Journey Co "));
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to calling" }).ClickAsync();

        await Expect(call.QueueDone).ToContainTextAsync("5 calls made in this run");
        await Expect(call.Heading).ToHaveTextAsync("Queue done");
    }

    /// <summary>
    /// Five hand-raises and one plain lead of the demo SDR's under a source of this test's own. New leads go round robin
    /// to every active SDR, so leads are created until six are the demo SDR's; only theirs raise a hand, so no other
    /// SDR's queue gets an unanswered hand-raise from this test.
    /// </summary>
    private async Task<(IReadOnlyList<int> HandRaises, int Plain)> LeadsOfTheDemoSdrAsync(string source)
    {
        using var api = new IngestionApi(app.Server.BaseUrl);
        var mine = new List<(int Id, string Email)>();
        for (var n = 0; mine.Count < 6 && n < MaxLeadsCreated; n++)
        {
            var email = $"call-journey-{Guid.NewGuid():N}@example.com";
            var id = await api.UpsertLeadAsync(new
            {
                email, firstName = "Casey", lastName = $"Journey {n}", title = "VP of Sales", phone = "+49 30 1234 5678", source,
                company = new { name = $"Journey Co {n}", industry = "Software", employees = 500, country = "Germany" },
            });
            string? owner = null;
            for (var tries = 0; owner is null && tries < 100; tries++)
            {
                owner = await api.OwnerOfLeadAsync(id);
                if (owner is null)
                    await Task.Delay(100);
            }
            if (owner == DemoAccounts.Sdr)
                mine.Add((id, email));
        }
        Assert.Equal(6, mine.Count);
        foreach (var (_, email) in mine.Take(5))
            await api.PostEventAsync(email, "demo_request");
        return (mine.Take(5).Select(m => m.Id).ToList(), mine[5].Id);
    }
}
