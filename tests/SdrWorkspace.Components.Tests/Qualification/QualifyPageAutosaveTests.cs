using System.Security.Claims;
using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Tests.Infrastructure;
using SdrWorkspace.Web.Tests.Reliability;

namespace SdrWorkspace.Components.Tests.Qualification;

/// <summary>
/// The qualification form saves a pause after typing, and keeps trying while another writer holds the
/// database; its timers run on the app's clock, which the tests move by hand. The app waits only a second
/// for the write lock, so a busy save fails quickly.
/// </summary>
public class QualifyPageAutosaveTests(BusyDatabaseTests.ImpatientWorkspace app)
    : WorkspaceComponentTest(app), IClassFixture<BusyDatabaseTests.ImpatientWorkspace>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private FakeTimeProvider AppClock => (FakeTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    private async Task<(IRenderedComponent<QualifyPage> Page, int LeadId)> OpenAsync()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var sdrId = sdr.FindFirstValue(ClaimTypes.NameIdentifier);
        int leadId;
        await using (var db = App.CreateDbContext())
            leadId = await db.Leads
                .Where(l => l.OwnerId == sdrId && l.Stage == LifecycleStage.MQL && !db.Assessments.Any(a => a.LeadId == l.Id))
                .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        Context.JSInterop.SetupModule("/assets/js/drafts.js").Mode = JSRuntimeMode.Loose;
        RenderProviders();
        var page = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));
        page.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        return (page, leadId);
    }

    private static string Status(IRenderedComponent<QualifyPage> page) => page.Find("[data-testid=save-status]").TextContent;

    private static Task TypeAsync(IRenderedComponent<QualifyPage> page, string selector, string text) =>
        page.Find(selector).InputAsync(new ChangeEventArgs { Value = text });

    private async Task<DraftState> StoredDraftAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return DraftState.Of(await db.Assessments.AsNoTracking().SingleAsync(a => a.LeadId == leadId && a.Status == AssessmentStatus.Draft));
    }

    [Fact]
    public async Task TheHeaderNamesTheLeadAndItsCompanyAndLeadsBackToIt()
    {
        var (page, leadId) = await OpenAsync();
        Lead lead;
        await using (var db = App.CreateDbContext())
            lead = await db.Leads.Include(l => l.Account).SingleAsync(l => l.Id == leadId);

        Assert.NotNull(lead.Account);
        Assert.Equal($"Qualify {lead.FullName}, {lead.Account.Name}", page.Find("h1").TextContent);
        Assert.Equal($"leads/{leadId}", page.Find(".mud-breadcrumbs a").GetAttribute("href"));
    }

    [Fact]
    public async Task NoErrorIsShownNextToFinishOnAFreshForm()
    {
        var (page, _) = await OpenAsync();

        Assert.Empty(page.FindAll(".finish-bar [role=alert]"));
    }

    [Fact]
    public async Task TypingSavesOnlyAfterAPause()
    {
        var (page, leadId) = await OpenAsync();

        await TypeAsync(page, "textarea#evidence-budget", "Budget");
        AppClock.Advance(QualifyPage.SaveAfter / 2);
        await TypeAsync(page, "textarea#evidence-budget", "Budget of 40k approved");
        AppClock.Advance(QualifyPage.SaveAfter / 2);

        Assert.Equal("Saving…", Status(page));
        await using (var db = App.CreateDbContext())
            Assert.False(await db.Assessments.AnyAsync(a => a.LeadId == leadId), "nothing is stored before the pause");

        AppClock.Advance(QualifyPage.SaveAfter / 2);

        page.WaitForAssertion(() => Assert.Matches(@"^Saved \d\d:\d\d:\d\d$", Status(page)), Patience);
        Assert.Equal("Budget of 40k approved", (await StoredDraftAsync(leadId)).AnswerTo("budget").Evidence);
    }

    [Fact]
    public async Task NotesTypedWhileTheDatabaseIsBusyAreSavedOnARetryWithoutTypingAgain()
    {
        var (page, leadId) = await OpenAsync();
        await using (var import = App.OpenRawConnection())
        {
            await using var hold = import.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();

            await TypeAsync(page, "textarea#notes", "Typed while an import held the database");
            AppClock.Advance(QualifyPage.SaveAfter);

            page.WaitForAssertion(() => Assert.Equal("Not saved yet: the database is busy. Trying again…", Status(page)), Patience);
            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync();
        }

        AppClock.Advance(QualifyPage.BusyRetryAfter);

        page.WaitForAssertion(() => Assert.Matches(@"^Saved \d\d:\d\d:\d\d$", Status(page)), Patience);
        Assert.Equal("Typed while an import held the database", (await StoredDraftAsync(leadId)).Notes);
    }

    [Fact]
    public async Task SettingAStateUpdatesTheVerdictAtOnce()
    {
        var (page, _) = await OpenAsync();

        foreach (var criterion in new[] { "budget", "authority", "need" })
            await page.Find($"input[data-draft-field='state-{criterion}'][value=Confirmed]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("Qualified", page.Find("[data-testid=verdict]").TextContent), Patience);
        Assert.Equal("Finish: make SQL", page.Find(".finish-bar button.mud-button-filled").TextContent.Trim());
    }
}
