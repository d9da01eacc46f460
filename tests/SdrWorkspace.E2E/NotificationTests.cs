using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class NotificationTests(AppFixture app)
{
    [Fact]
    public async Task AnSqlTheAeReturnsShowsInTheSdrsOpenBellWithoutAReloadAndOpensTheLead()
    {
        // A lead of its own: posted by marketing's tool, handed to Sam by the manager, qualified and handed over by Sam.
        var name = $"Nadia Notify{Guid.NewGuid():N}"[..24];
        using var api = new IngestionApi(app.Server.BaseUrl);
        var leadId = await api.UpsertLeadAsync(new
        {
            email = $"notify-{Guid.NewGuid():N}@example.com", firstName = name.Split(' ')[0], lastName = name.Split(' ')[1], title = "VP of Sales", source = "Website",
        });
        await DemoSdrLeads.HandToDemoSdrAsync(app, leadId);

        var sdr = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var qualify = new QualifyPage(sdr);
        await qualify.OpenAsync(leadId);
        await qualify.SetAsync("Budget", "Confirmed");
        await qualify.SetAsync("Authority", "Confirmed");
        await qualify.SetAsync("Need", "Confirmed");
        await qualify.FinishAsync("Finish: make SQL");
        await Expect(sdr).ToHaveURLAsync(new Regex($"/leads/{leadId}\\?qualified=SQL$"));
        await LoginPage.WaitUntilInteractiveAsync(sdr);
        var panel = new LeadHandOverPanel(sdr);
        await panel.HandToAsync("Chris Ortega");
        await Expect(panel.Notice).ToContainTextAsync("Handed to Chris Ortega");

        // Sam keeps the app open on the queue while the AE answers in another browser.
        await sdr.GotoAsync("/queue");
        await LoginPage.WaitUntilInteractiveAsync(sdr);
        var bell = new NotificationBell(sdr);
        var before = await bell.LabelAsync();

        var ae = await LoginPage.SignedInAsync(app, DemoAccounts.AccountExecutive);
        var handovers = new HandoversPage(ae);
        await handovers.OpenPackageAsync(name);
        await handovers.ReturnAsync("Champion left the company");
        await Expect(handovers.Status).ToHaveTextAsync("Returned");

        await Expect(bell.Button).Not.ToHaveAttributeAsync("aria-label", before);
        await Expect(bell.Button).ToHaveAttributeAsync("aria-label", new Regex(@"^Notifications, \d+ unread$"));
        await bell.OpenAsync();
        var notice = bell.Item($"returned {name}: Champion left the company");
        await Expect(notice).ToBeVisibleAsync();
        await notice.ClickAsync();

        await Expect(sdr).ToHaveURLAsync(new Regex($"/leads/{leadId}$"));
        await Expect(new LeadDetailPage(sdr).Heading).ToHaveTextAsync(name);
    }
}
