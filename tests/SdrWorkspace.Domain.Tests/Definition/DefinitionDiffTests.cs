using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

public class DefinitionDiffTests
{
    private static readonly QualificationDefinition V1 = Definitions.Default;

    [Fact]
    public void TwoEqualDefinitionsHaveNoDifferenceEvenWithAnotherVersionNumber()
    {
        Assert.Empty(DefinitionDiff.Between(V1, V1 with { Version = 7 }));
    }

    [Fact]
    public void AChangedThresholdReadsAsItsSectionSettingAndBothValues()
    {
        var v2 = V1 with { Mql = V1.Mql with { MinEngagement = 15 } };

        var change = Assert.Single(DefinitionDiff.Between(V1, v2));

        Assert.Equal(new DefinitionChange("MQL rule", "Min engagement", "25", "15"), change);
    }

    [Fact]
    public void AnEventWeightIsNamedByItsSignalNotItsPositionInTheList()
    {
        var weights = V1.Engagement.Weights.Select(w => w.Signal == EngagementSignal.PricingPageVisit ? w with { Points = 20 } : w).Reverse().ToList();
        var v2 = V1 with { Engagement = V1.Engagement with { Weights = weights } };

        var change = Assert.Single(DefinitionDiff.Between(V1, v2));

        Assert.Equal(new DefinitionChange("Engagement", "Weights › Pricing page visit › Points", "15", "20"), change);
    }

    [Fact]
    public void IcpValuesAreComparedAsOneReadableList()
    {
        var fit = V1.Fit.Select(c => c.Attribute == FitAttribute.Industry ? c with { Matches = [.. c.Matches, new FitMatch("Healthcare")] } : c).ToList();
        var v2 = V1 with { Fit = fit };

        var change = Assert.Single(DefinitionDiff.Between(V1, v2));

        Assert.Equal("ICP fit", change.Section);
        Assert.Equal("Industry › Matches", change.Setting);
        Assert.Equal("Software, Internet, Financial Services, Professional Services", change.Before);
        Assert.Equal("Software, Internet, Financial Services, Professional Services, Healthcare", change.After);
    }

    [Fact]
    public void RangesAndPartialSharesReadAsWords()
    {
        var change = DefinitionDiff.Between(V1, V1 with { Fit = [.. V1.Fit.Where(c => c.Attribute != FitAttribute.Employees)] })
            .Single(c => c.Setting == "Employees › Matches");

        Assert.Equal("50 to 5,000, 20 to 49 (50%), 5,001 to 10,000 (50%)", change.Before);
        Assert.Null(change.After);
    }

    [Fact]
    public void SeveralChangesAreAllListed()
    {
        var v2 = V1 with
        {
            Sla = V1.Sla with { HighIntentResponseMinutes = 10 },
            Cadence = V1.Cadence with { NurtureMonths = 6 },
            Engagement = V1.Engagement with { HalfLifeDays = 45 },
        };

        var changes = DefinitionDiff.Between(V1, v2);

        Assert.Equal(
            [("Engagement", "Half life days"), ("SLA", "High intent response minutes"), ("Cadence and recycling", "Nurture months")],
            changes.Select(c => (c.Section, c.Setting)));
    }
}
