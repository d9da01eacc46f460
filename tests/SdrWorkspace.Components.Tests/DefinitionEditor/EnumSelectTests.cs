using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

public class EnumSelectTests : ComponentTest
{
    [Fact]
    public async Task EveryValueIsOfferedInWords()
    {
        var providers = RenderProviders();
        var select = Context.Render<EnumSelect<CadenceEffect>>(p => p.Add(s => s.Label, "Cadence effect").Add(s => s.Value, CadenceEffect.Stop));

        await select.Find(".mud-input-control").MouseDownAsync(new());

        providers.WaitForAssertion(() => Assert.Equal(
            ["Continue", "Stop", "Pause until date"],
            providers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim())));
    }

    [Fact]
    public async Task ChoosingAValueReportsIt()
    {
        CadenceEffect? chosen = null;
        var providers = RenderProviders();
        var select = Context.Render<EnumSelect<CadenceEffect>>(p => p
            .Add(s => s.Label, "Cadence effect")
            .Add(s => s.Value, CadenceEffect.Stop)
            .Add(s => s.ValueChanged, value => chosen = value));

        await select.Find(".mud-input-control").MouseDownAsync(new());
        await providers.WaitForElement(".mud-list-item:contains('Continue')").ClickAsync(new());

        Assert.Equal(CadenceEffect.Continue, chosen);
    }

    [Fact]
    public void InATableTheLabelNamesTheControlWithoutShowingIt()
    {
        var select = Context.Render<EnumSelect<CadenceEffect>>(p => p.Add(s => s.Label, "Referral cadence effect").Add(s => s.HideLabel, true));

        Assert.Equal("combobox", select.Find("[aria-label='Referral cadence effect']").GetAttribute("role"));
        Assert.Empty(select.FindAll("label"));
    }
}
