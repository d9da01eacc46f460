using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class FollowUpTests(AppFixture app)
{
    [Fact]
    public async Task AnSdrLogsANoAnswerAndSeesTheNextAttemptDueTheNextWorkingDayWhileTheDueCountsDrop()
    {
        var leadId = await NewLeadOfSamAsync();
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var nav = new QueuePage(page);
        await page.GotoAsync($"/leads/{leadId}");
        await LoginPage.WaitUntilInteractiveAsync(page);
        await Expect(new LeadDetailPage(page).Heading).ToHaveTextAsync("Yael שלום 📞");
        // A new lead is due for its first touch at once, so it is among today's.
        var nextStep = page.GetByRole(AriaRole.Group, new() { Name = "Next step" });
        await Expect(nextStep.GetByLabel("Next step note")).ToHaveValueAsync("First touch");
        await Expect(nav.FollowUpBadge).ToHaveAttributeAsync("aria-label", new Regex(@"^\d+ overdue, [1-9]\d* due today$"));
        var (overdue, dueToday) = Counts(await nav.FollowUpBadge.GetAttributeAsync("aria-label"));

        var logTouch = page.GetByRole(AriaRole.Group, new() { Name = "Log a touch" });
        await logTouch.GetByRole(AriaRole.Button, new() { Name = "Call", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Call outcome" }).GetByRole(AriaRole.Button, new() { Name = "No answer" }).ClickAsync();

        await Expect(page.GetByText(new Regex("^Logged call \\(no answer\\)"))).ToBeVisibleAsync();
        await Expect(nextStep.GetByLabel("Next step note")).ToHaveValueAsync("Attempt 2 of 8 (last: no answer)");
        var touched = page.Locator("[aria-label=Touches] time").First;
        var touchedAt = DateTime.Parse((await touched.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime();
        var zone = ZoneOf((await touched.GetAttributeAsync("title"))!);
        var due = TimeZoneInfo.ConvertTimeFromUtc(NextWorkingDay(touchedAt), zone);
        await Expect(nextStep.GetByLabel("Next step", new() { Exact = true })).ToHaveValueAsync(due.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        // The navigation counts it at once: one fewer due today.
        if (overdue + dueToday - 1 == 0)
            await Expect(nav.FollowUpBadge).ToHaveCountAsync(0);
        else
            await Expect(nav.FollowUpBadge).ToHaveAttributeAsync("aria-label", $"{overdue} overdue, {dueToday - 1} due today");
    }

    [Fact]
    public async Task TheQueuesOverdueChipShowsJustTheOverdueFollowUps()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);
        await queue.Rows.First.WaitForAsync();
        var overdue = int.Parse(await queue.DueChip("Overdue").Locator("strong").InnerTextAsync(), CultureInfo.InvariantCulture);

        await queue.DueChip("Overdue").ClickAsync();

        await Expect(queue.DueChip("Overdue")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(queue.Count).ToContainTextAsync($"{overdue:N0} workable");
        if (overdue > 0)
            await Expect(queue.Rows.GetByTestId("queue-next-step").Filter(new() { HasNotText = "Overdue" })).ToHaveCountAsync(0);
        await queue.DueChip("Overdue").ClickAsync();
        await Expect(queue.DueChip("Overdue")).ToHaveAttributeAsync("aria-pressed", "false");
    }

    /// <summary>A lead of the test's own, owned by the demo SDR.</summary>
    private async Task<int> NewLeadOfSamAsync()
    {
        using var api = new IngestionApi(app.Server.BaseUrl);
        var leadId = await api.UpsertLeadAsync(new
        {
            email = $"follow-up-{Guid.NewGuid():N}@followups.test", firstName = "Yael", lastName = "שלום 📞", title = "Head of Sales", source = "Outbound",
        });
        await DemoSdrLeads.HandToDemoSdrAsync(app, leadId);
        return leadId;
    }

    private static (int Overdue, int DueToday) Counts(string? label)
    {
        var match = Regex.Match(label!, @"^(\d+) overdue, (\d+) due today$");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The zone a shown time names in its tooltip: "Tue 1 Dec 2026 09:00 (Europe/Berlin, UTC+1)" or "(UTC)".</summary>
    private static TimeZoneInfo ZoneOf(string title)
    {
        var id = Regex.Match(title, @"\(([^,)]+)").Groups[1].Value;
        return id == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);
    }

    /// <summary>The cadence's second attempt: the next working day (Monday to Friday) at the same time.</summary>
    private static DateTime NextWorkingDay(DateTime at)
    {
        var next = at.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            next = next.AddDays(1);
        return next;
    }
}
