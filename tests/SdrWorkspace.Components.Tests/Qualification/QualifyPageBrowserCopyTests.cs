using System.Security.Claims;
using Bunit.JSInterop;
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
/// Reloading a qualification: the copy the browser kept as the SDR typed is compared with what the server holds,
/// field by field and as stored, and a warning appears only for text the server really lacks.
/// </summary>
public class QualifyPageBrowserCopyTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReloadingASavedQualificationWhoseTextTheServerHoldsWarnsOfNothingAndForgetsTheBrowserCopy()
    {
        var (leadId, typedOver, _) = await SavedTwiceAsync();
        var drafts = BrowserCopy(typedOver, "40k approved\n", " Call back Tuesday ");

        var page = Open(leadId);

        Assert.Empty(page.FindAll("[data-testid=unrestored]"));
        drafts.VerifyInvoke("clear");
    }

    [Fact]
    public async Task ABrowserCopyOfTheLatestRevisionThatDiffersOnlyInSpacesIsNotSavedAgain()
    {
        var (leadId, _, latest) = await SavedTwiceAsync();
        BrowserCopy(latest, "40k approved ", "Call back Tuesday");

        var page = Open(leadId);

        Assert.Matches(@"^Saved \d\d:\d\d:\d\d by ", page.Find("[data-testid=save-status]").TextContent);
        Assert.Equal("40k approved", page.Find("textarea#evidence-budget").GetAttribute("value"));
    }

    [Fact]
    public async Task TheWarningShowsOnlyTheTextTheServerLacksAndDismissingItForgetsTheBrowserCopy()
    {
        var (leadId, typedOver, _) = await SavedTwiceAsync();
        var drafts = BrowserCopy(typedOver, "40k approved ", "Call back Tuesday, after the board meeting");
        var page = Open(leadId);
        Assert.Equal("Notes: Call back Tuesday, after the board meeting", page.Find("[data-testid=unrestored] pre").TextContent);

        await page.Find("[data-testid=unrestored] button").ClickAsync(new());

        Assert.Empty(page.FindAll("[data-testid=unrestored]"));
        drafts.VerifyInvoke("clear");
    }

    /// <summary>
    /// A lead whose qualification the SDR saved twice (budget evidence, then notes): the revision the browser's copy
    /// was typed over, and the latest one.
    /// </summary>
    private async Task<(int LeadId, int TypedOver, int Latest)> SavedTwiceAsync()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var leadId = await UnqualifiedLeadOfAsync(sdr);
        var qualification = App.Services.GetRequiredService<QualificationService>();
        var opened = (await qualification.OpenAsync(sdr, leadId)).Draft!;
        var first = (await qualification.SaveAsync(sdr, opened, opened.State with
        {
            Answers = new Dictionary<string, CriterionAnswer> { ["budget"] = new(CriterionState.Partial, "40k approved") },
        })).Draft!;
        var second = (await qualification.SaveAsync(sdr, first, first.State with { Notes = "Call back Tuesday" })).Draft!;
        return (leadId, first.Revision, second.Revision);
    }

    /// <summary>The copy drafts.js kept in this browser: every field of the form, as the browser reads them.</summary>
    private BunitJSModuleInterop BrowserCopy(int baseRevision, string budget, string notes)
    {
        var drafts = Context.JSInterop.SetupModule("/assets/js/drafts.js");
        drafts.Mode = JSRuntimeMode.Loose;
        var fields = new Dictionary<string, string>
        {
            ["framework"] = "BANT", ["state-budget"] = "Partial", ["evidence-budget"] = budget,
            ["state-authority"] = "Unknown", ["evidence-authority"] = "", ["state-need"] = "Unknown", ["evidence-need"] = "",
            ["state-timeline"] = "Unknown", ["evidence-timeline"] = "", ["notes"] = notes,
        };
        drafts.Setup<string?>("read", _ => true).SetResult(
            System.Text.Json.JsonSerializer.Serialize(new { baseRevision, fields }));
        return drafts;
    }

    private IRenderedComponent<QualifyPage> Open(int leadId)
    {
        RenderProviders();
        var page = Context.Render<QualifyPage>(p => p.Add(q => q.Id, leadId));
        page.WaitForElement("form.qualify-form[data-ready=true]", Patience);
        return page;
    }

    private async Task<int> UnqualifiedLeadOfAsync(ClaimsPrincipal owner)
    {
        var ownerId = owner.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = App.CreateDbContext();
        return await db.Leads
            .Where(l => l.OwnerId == ownerId && l.Stage == LifecycleStage.MQL && !db.Assessments.Any(a => a.LeadId == l.Id))
            .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
    }
}
