using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>An SDR and a manager, each in a browser of their own, qualify the same lead at the same time.</summary>
[Collection(AppCollection.Name)]
public sealed class ConcurrentQualificationTests(AppFixture app)
{
    private const string Budget = "Budget of 40k set aside by the CFO";
    private const string FirstNotes = "Pain: reps route leads by hand";
    private const string Notes = "Pain: reps route leads by hand. Stakeholders: VP Sales and RevOps";

    [Fact]
    public async Task TheManagersBudgetEvidenceAndTheSdrsNotesBothSurviveAndBothScreensShowThem()
    {
        var sdrPage = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leadId = await new QueuePage(sdrPage).LeadIdOfAsync(new QueuePage(sdrPage).Rows.Nth(9));
        var managerPage = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var sdr = new QualifyPage(sdrPage);
        var manager = new QualifyPage(managerPage);
        await sdr.OpenAsync(leadId);
        await manager.OpenAsync(leadId);

        await manager.Evidence("Budget").FillAsync(Budget);
        await manager.WaitUntilSavedAsync();
        await sdr.Notes.FillAsync(FirstNotes);
        await sdr.WaitUntilSavedAsync();
        await sdr.Notes.FillAsync(Notes);

        // The manager's screen shows the SDR's second save as soon as it is stored, and the SDR's the manager's.
        await Expect(manager.Notes).ToHaveValueAsync(Notes);
        await Expect(sdr.Evidence("Budget")).ToHaveValueAsync(Budget);
        await Expect(manager.Evidence("Budget")).ToHaveValueAsync(Budget);
        await Expect(sdr.Conflict).ToHaveCountAsync(0);
        await Expect(manager.Conflict).ToHaveCountAsync(0);

        foreach (var (page, form) in new[] { (sdrPage, sdr), (managerPage, manager) })
        {
            await page.ReloadAsync();
            await form.WaitUntilInteractiveAsync();
            await Expect(form.Evidence("Budget")).ToHaveValueAsync(Budget);
            await Expect(form.Notes).ToHaveValueAsync(Notes);
            // The browser's own copy holds nothing the server lacks, so it offers nothing to copy back.
            await Expect(form.Unrestored).ToHaveCountAsync(0);
        }
    }
}
