using System.Security.Claims;
using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Qualification;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Qualification;

/// <summary>
/// An SDR and a manager have the same lead's qualification open (two forms, each with its own user, on the
/// app's clock): each keeps the other's saved text, hears of it at once, and a real clash is shown.
/// </summary>
public class QualifyPageTwoPeopleTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TheManagersBudgetEvidenceSurvivesTwoSavesOfTheSdrsNotesAndBothScreensShowBoth()
    {
        var (sdr, manager, leadId) = await BothOpenAsync();

        await TypeAsync(manager, "textarea#evidence-budget", "Budget of 40k set aside by the CFO");
        Save(manager);
        await TypeAsync(sdr, "textarea#notes", "Pain: manual lead routing");
        Save(sdr);
        await TypeAsync(sdr, "textarea#notes", "Pain: manual lead routing. Stakeholders: VP Sales");
        Save(sdr);

        var stored = await StoredDraftAsync(leadId);
        Assert.Equal("Budget of 40k set aside by the CFO", stored.AnswerTo("budget").Evidence);
        Assert.Equal("Pain: manual lead routing. Stakeholders: VP Sales", stored.Notes);
        Assert.Empty(sdr.FindAll("[data-testid=conflict]"));
        Assert.Empty(manager.FindAll("[data-testid=conflict]"));
        sdr.WaitForAssertion(() => Assert.Equal("Budget of 40k set aside by the CFO", ValueOf(sdr, "textarea#evidence-budget")), Patience);
        manager.WaitForAssertion(() => Assert.Equal("Pain: manual lead routing. Stakeholders: VP Sales", ValueOf(manager, "textarea#notes")), Patience);
    }

    [Fact]
    public async Task TheManagersNextSaveKeepsTheSdrsNotesWrittenMeanwhile()
    {
        var (sdr, manager, leadId) = await BothOpenAsync();
        await TypeAsync(manager, "textarea#evidence-budget", "Budget of 40k");
        Save(manager);
        await TypeAsync(sdr, "textarea#notes", "Pain: manual lead routing");
        Save(sdr);

        await TypeAsync(manager, "textarea#evidence-budget", "Budget of 40k, signed off");
        Save(manager);

        var stored = await StoredDraftAsync(leadId);
        Assert.Equal(("Budget of 40k, signed off", "Pain: manual lead routing"), (stored.AnswerTo("budget").Evidence, stored.Notes));
    }

    [Fact]
    public async Task BothChangingTheSameEvidenceShowsTheClashToTheLaterOneWithTheirText()
    {
        var (sdr, manager, leadId) = await BothOpenAsync();

        await TypeAsync(sdr, "textarea#evidence-budget", "No budget this year");
        Clock.Advance(QualifyPage.SaveAfter / 2);
        await TypeAsync(manager, "textarea#evidence-budget", "Budget of 40k");
        Clock.Advance(QualifyPage.SaveAfter / 2);
        sdr.WaitForAssertion(() => Assert.Matches(@"^Saved \d\d:\d\d:\d\d$", Status(sdr)), Patience);
        Clock.Advance(QualifyPage.SaveAfter / 2);

        manager.WaitForAssertion(() => Assert.Contains("Your text: “Budget of 40k”", manager.Find("[data-testid=conflict]").TextContent), Patience);
        Assert.Equal("No budget this year", (await StoredDraftAsync(leadId)).AnswerTo("budget").Evidence);
        Assert.Equal("No budget this year", ValueOf(manager, "textarea#evidence-budget"));
        Assert.Empty(sdr.FindAll("[data-testid=conflict]"));
    }

    [Theory]
    [InlineData("""{"baseRevision":0,"fields":{"framework":"99","notes":"Kept in the browser"}}""")]
    [InlineData("""{"baseRevision":0,"fields":{"framework":"-1","state-budget":"42","notes":"Kept in the browser"}}""")]
    [InlineData("""{"baseRevision":0,"fields":{"framework":"CHAMP\u0000","state-need":"Confirmed, Partial","notes":"Kept in the browser"}}""")]
    public async Task AForgedFrameworkOrStateInTheBrowsersCopyIsIgnoredAndTheFormGoesOn(string forged)
    {
        var sdrUser = await SignInAsync(DemoUsers.Sdr);
        var leadId = await UnqualifiedLeadOfAsync(sdrUser);
        var drafts = Context.JSInterop.SetupModule("/assets/js/drafts.js");
        drafts.Mode = JSRuntimeMode.Loose;
        drafts.Setup<string?>("read", _ => true).SetResult(forged);
        RenderProviders();

        var page = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));

        page.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        Assert.Equal("Kept in the browser", ValueOf(page, "textarea#notes"));
        Assert.NotNull(page.Find("[role=group][aria-labelledby=criterion-budget]"));
        Clock.Advance(QualifyPage.SaveAfter);
        page.WaitForAssertion(() => Assert.Matches(@"^Saved \d\d:\d\d:\d\d$", Status(page)), Patience);
        var stored = await StoredDraftAsync(leadId);
        Assert.Equal((Framework.BANT, "Kept in the browser"), (stored.Framework, stored.Notes));
        Assert.All(stored.Answers.Values, a => Assert.True(Enum.IsDefined(a.State)));
    }

    [Theory]
    [InlineData("40k approved", "", null)]
    [InlineData("40k approved", "Call back Tuesday", "Notes: Call back Tuesday")]
    [InlineData("50k", "", "Budget: 50k")]
    public async Task ABrowserCopyFromBeforeAColleaguesSaveShowsOnlyTextTheServerDoesNotHold(string budget, string notes, string? shown)
    {
        var sdrUser = await SignInAsync(DemoUsers.Sdr);
        var leadId = await UnqualifiedLeadOfAsync(sdrUser);
        var qualification = App.Services.GetRequiredService<QualificationService>();
        var opened = (await qualification.OpenAsync(sdrUser, leadId)).Draft!;
        var mine = opened.State with { Answers = new Dictionary<string, CriterionAnswer> { ["budget"] = new(CriterionState.Unknown, "40k approved") } };
        var saved = (await qualification.SaveAsync(sdrUser, opened, mine)).Draft!;
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        await qualification.SaveAsync(manager, saved, saved.State with { Notes = "Their notes" });
        var drafts = Context.JSInterop.SetupModule("/assets/js/drafts.js");
        drafts.Mode = JSRuntimeMode.Loose;
        drafts.Setup<string?>("read", _ => true).SetResult(
            $$$"""{"baseRevision":{{{saved.Revision}}},"fields":{"evidence-budget":"{{{budget}}}","notes":"{{{notes}}}"}}""");
        RenderProviders();

        var page = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));

        page.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        Assert.Equal(shown, page.FindAll("[data-testid=unrestored] pre").SingleOrDefault()?.TextContent);
        Assert.Equal("Their notes", ValueOf(page, "textarea#notes"));
    }

    private async Task<(IRenderedComponent<QualifyPage> Sdr, IRenderedComponent<QualifyPage> Manager, int LeadId)> BothOpenAsync()
    {
        // Each form reads its user when it opens, so one context holds both people.
        var sdrUser = await SignInAsync(DemoUsers.Sdr);
        var leadId = await UnqualifiedLeadOfAsync(sdrUser);
        Context.JSInterop.SetupModule("/assets/js/drafts.js").Mode = JSRuntimeMode.Loose;
        RenderProviders();
        var sdr = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));
        sdr.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        await SignInAsync(DemoUsers.Manager);
        var manager = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));
        manager.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        return (sdr, manager, leadId);
    }

    /// <summary>A fresh MQL of the owner's that nobody has qualified yet; every test here stores a draft on the one it takes.</summary>
    private Task<int> UnqualifiedLeadOfAsync(ClaimsPrincipal owner) => App.AddMqlAsync(owner.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private static Task TypeAsync(IRenderedComponent<QualifyPage> page, string selector, string text) =>
        page.Find(selector).InputAsync(new ChangeEventArgs { Value = text });

    /// <summary>The pause after typing passes and the form reports the save done.</summary>
    private void Save(IRenderedComponent<QualifyPage> page)
    {
        Clock.Advance(QualifyPage.SaveAfter);
        page.WaitForAssertion(() => Assert.Matches(@"^Saved \d\d:\d\d:\d\d$", Status(page)), Patience);
    }

    private static string Status(IRenderedComponent<QualifyPage> page) => page.Find("[data-testid=save-status]").TextContent;

    private static string? ValueOf(IRenderedComponent<QualifyPage> page, string selector) => page.Find(selector).GetAttribute("value");

    private async Task<DraftState> StoredDraftAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return DraftState.Of(await db.Assessments.AsNoTracking().SingleAsync(a => a.LeadId == leadId && a.Status == AssessmentStatus.Draft));
    }
}
