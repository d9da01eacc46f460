using Microsoft.AspNetCore.Components.Web;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

/// <summary>The editor's values are picked in words from lists and stored as the identifiers the domain reads.</summary>
public class DefinitionFieldsTests : ComponentTest
{
    private readonly DefinitionForm form = DefinitionForm.From(DefaultDefinition.Create());

    private FitRow Row(FitAttribute attribute) => form.Fit.Single(f => f.Attribute == attribute);

    private IRenderedComponent<DefinitionFields> Render(IReadOnlyList<DefinitionProblem>? problems = null) =>
        Context.Render<DefinitionFields>(p => p.Add(f => f.Form, form).Add(f => f.Problems, problems ?? []));

    [Fact]
    public void IcpValuesShowAsChipsInWordsNeverAsIdentifiers()
    {
        var fields = Render();

        var seniority = fields.Find("[role=group][aria-label='Seniority matches']").TextContent;
        Assert.Contains("C-level", seniority);
        Assert.Contains("Manager (40%)", seniority);
        Assert.DoesNotContain("CLevel", fields.Markup);
        Assert.Contains("Economic buyer", fields.Find("[role=group][aria-label='Buying role matches']").TextContent);
        Assert.DoesNotContain("EconomicBuyer", fields.Markup);
        Assert.DoesNotContain("economic_buyer", fields.Markup);
    }

    [Fact]
    public async Task PickingASeniorityFromTheListAddsItsIdentifierToTheDraft()
    {
        var popovers = RenderProviders();
        var fields = Render();

        await fields.Labelled("Seniority: share of the weight (%)").ChangeAsync(new() { Value = "20" });
        await fields.Labelled("Add seniority").ChooseAsync(popovers, "Individual contributor");

        Assert.Contains(new FitMatch("IndividualContributor", Share: 0.2), Row(FitAttribute.Seniority).Values);
        fields.WaitForAssertion(() => Assert.Contains("Individual contributor (20%)", fields.Find("[role=group][aria-label='Seniority matches']").TextContent));
    }

    [Fact]
    public async Task ClosingAChipTakesTheValueOutOfTheDraft()
    {
        var fields = Render();
        var chip = fields.FindAll("[role=group][aria-label='Seniority matches'] .mud-chip-container").Single(c => c.TextContent.Contains("Manager (40%)"));

        await chip.QuerySelector(".mud-chip-close-button")!.ClickAsync(new MouseEventArgs());

        Assert.DoesNotContain(Row(FitAttribute.Seniority).Values, m => m.Value == "Manager");
        fields.WaitForAssertion(() => Assert.DoesNotContain("Manager (40%)", fields.Markup));
    }

    [Fact]
    public async Task AnIndustryNotInTheListIsTypedAndKeptAsWritten()
    {
        var fields = Render();
        var input = fields.Labelled("Add industry");

        await input.TypeAsync("<script>alert('x')</script> برمجيات 🚀");
        await input.KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        fields.WaitForAssertion(() => Assert.Contains(Row(FitAttribute.Industry).Values, m => m.Value == "<script>alert('x')</script> برمجيات 🚀"));
        fields.WaitForAssertion(() => Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; برمجيات 🚀", fields.Markup));
        Assert.Empty(fields.FindAll("script"));
    }

    [Fact]
    public async Task RequiredCriteriaArePickedByNameAndStoredByKey()
    {
        var popovers = RenderProviders();
        var fields = Render();

        await fields.Labelled("MEDDIC requires").ChooseAsync(popovers, "Metrics");

        Assert.Contains("metrics", form.Frameworks.Single(f => f.Framework == Framework.MEDDIC).Required);
        Assert.Contains("economic_buyer", form.Frameworks.Single(f => f.Framework == Framework.MEDDIC).Required);
        var options = popovers.FindAll(".mud-popover-open [role=option]").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Economic buyer", options);
        Assert.DoesNotContain(options, o => o.Contains('_'));
    }

    [Fact]
    public async Task HandRaisesArePickedFromTheEventTypesInWords()
    {
        var popovers = RenderProviders();
        var fields = Render();

        await fields.Labelled("Hand-raises").ChooseAsync(popovers, "Pricing page visit");

        Assert.Equal([EngagementSignal.DemoRequest, EngagementSignal.MeetingBooked, EngagementSignal.PositiveReply, EngagementSignal.PricingPageVisit],
            form.HandRaises.Order());
        Assert.DoesNotContain(popovers.FindAll(".mud-popover-open [role=option]"), o => o.TextContent.Trim() == "No signal");
    }

    [Fact]
    public void AProblemShowsNextToTheFieldItIsAbout()
    {
        var fields = Render(
        [
            new(DefinitionField.HandRaises, "MQL rule: an email open shows interest, not intent, and is never a hand-raise."),
            new(DefinitionField.FitMatches(FitAttribute.Seniority), "ICP fit: \"Boss\" is not a seniority a lead can have; choose one from the list."),
            new(DefinitionField.CadenceTouches, "Cadence: between 1 and 100 touches, and the minimum no more than the maximum."),
        ]);

        Assert.Contains("never a hand-raise", Control(fields, "Hand-raises"));
        Assert.Contains("\"Boss\" is not a seniority", Control(fields, "Add seniority"));
        Assert.Contains("Cadence: between 1 and 100 touches", Control(fields, "Touches, at least"));
        Assert.DoesNotContain("never a hand-raise", Control(fields, "Minimum engagement"));
    }

    private static string Control(IRenderedComponent<DefinitionFields> fields, string label) =>
        fields.Labelled(label).Closest(".mud-input-control")!.TextContent;
}
