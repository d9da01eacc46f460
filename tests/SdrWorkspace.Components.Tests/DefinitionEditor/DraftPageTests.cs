using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

public class DraftPageTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private static readonly TimeSpan WhatIfTime = TimeSpan.FromSeconds(30);

    private DefinitionService Definitions => App.Services.GetRequiredService<DefinitionService>();

    private async Task<(IRenderedComponent<DraftPage> Page, int DraftId)> OpenNewDraftAsync(DemoUser user)
    {
        var principal = await SignInAsync(user);
        var (_, id) = await Definitions.StartDraftAsync(principal, $"Draft by {user.Role}");
        var draftId = id ?? throw new InvalidOperationException("The draft was not started.");
        var page = Context.Render<DraftPage>(p => p.Add(d => d.Id, draftId));
        page.WaitForAssertion(() => page.Labelled("Minimum engagement"));
        return (page, draftId);
    }

    private static async Task SetAsync(IRenderedComponent<DraftPage> page, string label, string value) =>
        await page.Labelled(label).ChangeAsync(new() { Value = value });

    [Fact]
    public async Task AValueOutOfRangeShowsItsFieldsMessageAndNothingIsSaved()
    {
        var (page, id) = await OpenNewDraftAsync(DemoUsers.Manager);
        var before = await Definitions.DraftAsync(id);

        await SetAsync(page, "Minimum engagement", "150");
        await page.Button("Save draft").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Some fields hold values they do not accept", page.Find("[aria-label=Problems]").TextContent));
        Assert.Contains("Between 0 and 100.", page.Labelled("Minimum engagement").Closest(".mud-input-control")!.TextContent);
        var after = await Definitions.DraftAsync(id);
        Assert.Equal(before!.Revision, after!.Revision);
        Assert.Equal(before.Definition.Mql.MinEngagement, after.Definition.Mql.MinEngagement);
    }

    [Fact]
    public async Task ASoundChangeIsSavedAndConfirmed()
    {
        var snackbar = Context.Render<MudSnackbarProvider>();
        var (page, id) = await OpenNewDraftAsync(DemoUsers.Manager);

        await SetAsync(page, "Minimum engagement", "15");
        await page.Button("Save draft").ClickAsync(new());

        snackbar.WaitForAssertion(() => Assert.Contains("Draft saved.", snackbar.Markup));
        Assert.Equal(15, (await Definitions.DraftAsync(id))!.Definition.Mql.MinEngagement);
        Assert.Empty(page.FindAll("[aria-label=Problems]"));
    }

    [Fact]
    public async Task AnUnsoundDraftIsNotPreviewedAndTheDomainSaysWhy()
    {
        var (page, _) = await OpenNewDraftAsync(DemoUsers.Manager);

        await SetAsync(page, "Warm from", "90");
        await page.Button("Preview the effect").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Warm must be above 0 and below Hot", page.Find("[aria-label=Problems]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=what-if-summary]"));
    }

    [Fact]
    public async Task PreviewingShowsWhatAdoptingWouldDo()
    {
        var (page, _) = await OpenNewDraftAsync(DemoUsers.Manager);

        await SetAsync(page, "Minimum engagement", "5");
        await page.Button("Preview the effect").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("would change stage", page.Find("[data-testid=what-if-summary]").TextContent), WhatIfTime);
    }

    [Fact]
    public async Task ValuesPickedInWordsAreSavedAsTheIdentifiersScoringReads()
    {
        var popovers = RenderProviders();
        var snackbar = Context.Render<MudSnackbarProvider>();
        var (page, id) = await OpenNewDraftAsync(DemoUsers.Manager);

        await page.Labelled("Add seniority").ChooseAsync(popovers, "Individual contributor");
                await page.Labelled("MEDDIC requires").ChooseAsync(popovers, "Metrics");
        await page.Labelled("Hand-raises").ChooseAsync(popovers, "Webinar attended");
        await page.Button("Save draft").ClickAsync(new());

        snackbar.WaitForAssertion(() => Assert.Contains("Draft saved.", snackbar.Markup));
        var saved = (await Definitions.DraftAsync(id))!.Definition;
        Assert.Contains(new FitMatch("IndividualContributor"), saved.Fit.Single(c => c.Attribute == FitAttribute.Seniority).Matches);
        Assert.Contains("metrics", saved.RuleFor(Framework.MEDDIC).Required);
        Assert.Contains(EngagementSignal.WebinarAttended, saved.Mql.HandRaises);
        await using var db = App.CreateDbContext();
        var json = db.DefinitionDrafts.Single(d => d.Id == id).Json;
        Assert.Contains("\"IndividualContributor\"", json);
        Assert.Contains("\"metrics\"", json);
        Assert.Contains("\"WebinarAttended\"", json);
    }

    [Fact]
    public async Task AnEmailOpenAsHandRaiseIsRefusedWithTheMessageUnderTheField()
    {
        var popovers = RenderProviders();
        var (page, id) = await OpenNewDraftAsync(DemoUsers.Manager);
        var before = await Definitions.DraftAsync(id);

        await page.Labelled("Hand-raises").ChooseAsync(popovers, "Email open");
        await page.Button("Save draft").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("never a hand-raise", page.Labelled("Hand-raises").Closest(".mud-input-control")!.TextContent));
        Assert.Contains("never a hand-raise", page.Find("[aria-label=Problems]").TextContent);
        Assert.Equal(before!.Revision, (await Definitions.DraftAsync(id))!.Revision);
    }

    [Fact]
    public async Task MarketingMayProposeButNotAdopt()
    {
        var (page, _) = await OpenNewDraftAsync(DemoUsers.Marketing);

        Assert.Single(page.Buttons("Propose"));
        Assert.Empty(page.Buttons("Adopt"));
    }
}
