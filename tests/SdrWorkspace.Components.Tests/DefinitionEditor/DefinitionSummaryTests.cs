using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

/// <summary>The read-only views name values as the editor does, never by identifier.</summary>
public class DefinitionSummaryTests : ComponentTest
{
    private static readonly QualificationDefinition Default = DefaultDefinition.Create();

    [Fact]
    public void TheSummaryNamesIcpValuesAndRequiredCriteriaInWords()
    {
        var summary = Context.Render<DefinitionSummary>(p => p.Add(s => s.Definition, Default));

        Assert.Contains("Seniority (15): C-level, VP, Director, Manager (40%)", summary.Markup);
        Assert.Contains("Buying role (10): Economic buyer, Technical evaluator (70%), User (30%)", summary.Markup);
        Assert.Contains("MEDDIC passes with 5 confirmed, including economic buyer, identify pain, champion", summary.Markup);
        AssertNoIdentifiers(summary.Markup);
    }

    [Fact]
    public void TheReadOnlyValuesNameIcpValuesHandRaisesAndCriteriaInWords()
    {
        var values = Context.Render<DefinitionValues>(p => p.Add(v => v.Form, DefinitionForm.From(Default)));

        Assert.Contains("C-level, VP, Director, Manager (40%)", values.Markup);
        Assert.Contains("Demo request, Meeting booked, Positive reply", values.Markup);
        Assert.Contains("requires Economic buyer, Identify pain, Champion", values.Markup);
        Assert.Contains("50 to 5,000, 20 to 49 (50%), 5,001 to 10,000 (50%)", values.Markup);
        AssertNoIdentifiers(values.Markup);
    }

    private static void AssertNoIdentifiers(string markup)
    {
        foreach (var identifier in new[] { "CLevel", "EconomicBuyer", "economic_buyer", "identify_pain", "RevenueOperations", "DemoRequest" })
            Assert.DoesNotContain(identifier, markup);
    }
}
