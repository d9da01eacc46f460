using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

/// <summary>A draft shows editable fields and save buttons only to those who may save it; everyone else reads its values.</summary>
public class DraftReadOnlyTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private DefinitionService Definitions => App.Services.GetRequiredService<DefinitionService>();

    /// <summary>A draft marketing proposed, with a value changed so the reader can see the draft's own value.</summary>
    private async Task<int> ProposedDraftAsync()
    {
        var marketing = await App.PrincipalOfAsync(DemoUsers.Marketing);
        var (_, id) = await Definitions.StartDraftAsync(marketing, "Lower the engagement bar");
        var draft = (await Definitions.DraftAsync(id!.Value))!;
        var changed = draft.Definition with { Mql = draft.Definition.Mql with { MinEngagement = 17 } };
        await Definitions.SaveDraftAsync(marketing, draft.Id, draft.Revision, changed, null);
        draft = (await Definitions.DraftAsync(draft.Id))!;
        await Definitions.ProposeAsync(marketing, draft.Id, draft.Revision, "More MQLs for the Q1 push");
        return draft.Id;
    }

    private async Task<IRenderedComponent<DraftPage>> OpenAsync(DemoUser user, int draftId)
    {
        await SignInAsync(user);
        var page = Context.Render<DraftPage>(p => p.Add(d => d.Id, draftId));
        page.WaitForAssertion(() => Assert.Contains("Lower the engagement bar", page.Markup));
        return page;
    }

    public static TheoryData<string> Readers => new() { DemoUsers.Sdr.Email, DemoUsers.AccountExecutive.Email };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task AnSdrOrAnAeReadsAProposedDraftWithoutInputsOrSaveButtons(string email)
    {
        var page = await OpenAsync(DemoUsers.All.Single(u => u.Email == email), await ProposedDraftAsync());

        AssertReadOnly(page);
    }

    [Fact]
    public async Task MarketingReadsAnotherAuthorsDraftWithoutInputsOrSaveButtons()
    {
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        var (_, id) = await Definitions.StartDraftAsync(manager, "Lower the engagement bar");
        var draft = (await Definitions.DraftAsync(id!.Value))!;
        await Definitions.SaveDraftAsync(manager, draft.Id, draft.Revision,
            draft.Definition with { Mql = draft.Definition.Mql with { MinEngagement = 17 } }, null);

        var page = await OpenAsync(DemoUsers.Marketing, draft.Id);

        AssertReadOnly(page);
    }

    public static TheoryData<string> Editors => new() { DemoUsers.Manager.Email, DemoUsers.Admin.Email };

    [Theory]
    [MemberData(nameof(Editors))]
    public async Task AManagerOrAnAdminEditsAProposedDraft(string email)
    {
        var page = await OpenAsync(DemoUsers.All.Single(u => u.Email == email), await ProposedDraftAsync());

        Assert.Equal("17", page.Labelled("Minimum engagement").GetAttribute("value"));
        Assert.Null(page.Labelled("Minimum engagement").GetAttribute("readonly"));
        Assert.Single(page.Buttons("Save draft"));
        Assert.Single(page.Buttons("Adopt"));
    }

    private static void AssertReadOnly(IRenderedComponent<DraftPage> page)
    {
        Assert.Empty(page.FindAll("input:not([type=hidden]), textarea, select"));
        Assert.Empty(page.Buttons("Save draft"));
        Assert.Empty(page.Buttons("Adopt"));
        Assert.Empty(page.Buttons("Propose"));
        Assert.Empty(page.Buttons("Discard"));
        var term = page.FindAll("dt").Single(t => t.TextContent == "Minimum engagement");
        Assert.Equal("17", term.NextElementSibling!.TextContent);
    }
}
