using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class QualificationTests(AppFixture app)
{
    [Fact]
    public async Task BantWithThreeOfFourConfirmedMakesTheLeadAnSql()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leadId = await new QueuePage(page).LeadIdOfAsync(new QueuePage(page).Rows.Nth(5));
        var qualify = new QualifyPage(page);
        await qualify.OpenAsync(leadId);

        await qualify.SetAsync("Budget", "Confirmed");
        await qualify.SetAsync("Authority", "Confirmed");
        await Expect(qualify.Verdict).ToContainTextAsync("Budget and Authority confirmed, Need and Timeline unknown: 2 of 4, needs 3");
        await qualify.SetAsync("Need", "Confirmed");
        await Expect(qualify.Verdict).ToContainTextAsync("Qualified");
        await qualify.FinishAsync("Finish: make SQL");

        await Expect(page).ToHaveURLAsync(new Regex($"/leads/{leadId}\\?qualified=SQL$"));
        await Expect(page.Locator(".lead-header .stage-badge")).ToHaveTextAsync("SQL");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Stage history" })).ToContainTextAsync("→ SQL");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Qualifications" })).ToBeVisibleAsync();
        await Expect(page.Locator(".assessment").First).ToContainTextAsync("Qualified");
    }

    [Fact]
    public async Task AReloadInTheMiddleOfTheFormKeepsEveryNoteTypedSoFar()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leadId = await new QueuePage(page).LeadIdOfAsync(new QueuePage(page).Rows.Nth(6));
        var qualify = new QualifyPage(page);
        await qualify.OpenAsync(leadId);

        await qualify.Evidence("Budget").FillAsync("Budget of 40k approved for Q1");
        await qualify.WaitUntilSavedAsync();
        // Typed and reloaded at once, before the autosave: the browser's own copy brings it back.
        await qualify.Notes.FillAsync("Pain: reps spend an hour a day cleaning CRM fields");
        await page.ReloadAsync();
        await qualify.WaitUntilInteractiveAsync();

        await Expect(qualify.Evidence("Budget")).ToHaveValueAsync("Budget of 40k approved for Q1");
        await Expect(qualify.Notes).ToHaveValueAsync("Pain: reps spend an hour a day cleaning CRM fields");
        await qualify.WaitUntilNothingPendingAsync();

        // And the server has all of it: another browser (no local copy) sees the same draft.
        var elsewhere = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var sameDraft = new QualifyPage(elsewhere);
        await sameDraft.OpenAsync(leadId);
        await Expect(sameDraft.Evidence("Budget")).ToHaveValueAsync("Budget of 40k approved for Q1");
        await Expect(sameDraft.Notes).ToHaveValueAsync("Pain: reps spend an hour a day cleaning CRM fields");
    }
}
