using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

/// <summary>Every number of a definition has a range: values at and beyond the ends of their types are problems, never accepted.</summary>
public class DefinitionValidationTests
{
    private static readonly QualificationDefinition Current = Definitions.Default;

    public static TheoryData<string, Func<QualificationDefinition, QualificationDefinition>> Hostile => new()
    {
        { "ICP fit: the weight", d => d with { Fit = [d.Fit[0] with { Weight = int.MaxValue }, .. d.Fit.Skip(1)] } },
        { "ICP fit: the weight", d => d with { Fit = [d.Fit[0] with { Weight = -1 }, .. d.Fit.Skip(1)] } },
        { "ICP fit: a share", d => d with { Fit = [d.Fit[0] with { Matches = [d.Fit[0].Matches[0] with { Share = double.NaN }] }, .. d.Fit.Skip(1)] } },
        { "ICP fit: a range of employees", d => WithRange(d, FitAttribute.Employees, -1, 50) },
        { "ICP fit: a range of employees", d => WithRange(d, FitAttribute.Employees, 0, int.MaxValue) },
        { "ICP fit: a range of annual revenue", d => WithRange(d, FitAttribute.AnnualRevenue, 0, decimal.MaxValue) },
        { "ICP fit: a range of annual revenue", d => WithRange(d, FitAttribute.AnnualRevenue, decimal.MinValue, 0) },
        { "Engagement: the half-life", d => d with { Engagement = d.Engagement with { HalfLifeDays = double.NaN } } },
        { "Engagement: the half-life", d => d with { Engagement = d.Engagement with { HalfLifeDays = double.PositiveInfinity } } },
        { "Engagement: the half-life", d => d with { Engagement = d.Engagement with { HalfLifeDays = 1e308 } } },
        { "Engagement: ", d => d with { Engagement = d.Engagement with { Weights = [d.Engagement.Weights[0] with { Points = 1e308, MaxPoints = double.MaxValue }] } } },
        { "Engagement: ", d => d with { Engagement = d.Engagement with { Weights = [d.Engagement.Weights[0] with { Points = double.NaN }] } } },
        { "The share of fit", d => d with { FitShareOfScore = double.NegativeInfinity } },
        { "MQL rule: the minimum fit", d => d with { Mql = d.Mql with { MinFit = int.MinValue } } },
        { "MQL rule: the minimum engagement", d => d with { Mql = d.Mql with { MinEngagement = int.MaxValue } } },
        { "MQL rule: the hand-raise window", d => d with { Mql = d.Mql with { HandRaiseWindowDays = int.MaxValue } } },
        { "SLA: the response time", d => d with { Sla = d.Sla with { HighIntentResponseMinutes = int.MaxValue } } },
        { "SLA: MQL acceptance", d => d with { Sla = d.Sla with { MqlAcceptanceWorkingDays = -1 } } },
        { "Cadence: between 1 and 100 touches", d => d with { Cadence = d.Cadence with { MaxTouches = int.MaxValue } } },
        { "Cadence: between 1 and 365 days", d => d with { Cadence = d.Cadence with { MaxDays = int.MaxValue } } },
        { "Cadence: nurture", d => d with { Cadence = d.Cadence with { NurtureMonths = int.MaxValue } } },
        { "Dispositions: nurture months", d => d with { Dispositions = [d.Dispositions[0] with { NurtureMonths = -1 }, .. d.Dispositions.Skip(1)] } },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void ANumberBeyondItsRangeIsAProblemNamingTheSetting(string problem, Func<QualificationDefinition, QualificationDefinition> change)
    {
        var problems = DefinitionValidation.Problems(change(Current));

        Assert.Contains(problems, p => p.Message.StartsWith(problem, StringComparison.OrdinalIgnoreCase));
        Assert.All(problems, p => Assert.NotEqual(DefinitionField.Whole, p.Field));
    }

    [Fact]
    public void EachProblemNamesTheFieldItIsAbout()
    {
        var broken = Current with
        {
            Priority = new(Hot: 40, Warm: 60),
            Mql = Current.Mql with { HandRaises = [EngagementSignal.DemoRequest, EngagementSignal.EmailOpen] },
            Fit = [.. Current.Fit.Select(c => c.Attribute == FitAttribute.Seniority ? c with { Matches = [new FitMatch("Boss")] } : c)],
            Frameworks = Current.Frameworks with { Rules = [.. Current.Frameworks.Rules.Select(r => r.Framework == Framework.MEDDIC ? r with { Required = ["champion", "budget"] } : r)] },
        };

        var problems = DefinitionValidation.Problems(broken);

        Assert.Equal(
            [DefinitionField.FitMatches(FitAttribute.Seniority), DefinitionField.Priority, DefinitionField.HandRaises, DefinitionField.FrameworkRequired(Framework.MEDDIC)],
            problems.Select(p => p.Field));
        Assert.Contains(problems, p => p.Message == "ICP fit: \"Boss\" is not a seniority a lead can have; choose one from the list.");
        Assert.Contains(problems, p => p.Message == "MQL rule: an email open shows interest, not intent, and is never a hand-raise.");
    }

    [Fact]
    public void AnyIndustryMayBeMatchedButAPersonaValueMustBeOneALeadCanHave()
    {
        var typed = Current with
        {
            Fit = [.. Current.Fit.Select(c => c.Attribute switch
            {
                FitAttribute.Industry => c with { Matches = [new FitMatch("Space mining"), new FitMatch("<script>alert(1)</script>"), new FitMatch("برمجيات 🚀")] },
                FitAttribute.BuyingRole => c with { Matches = [new FitMatch("economicbuyer")] },
                _ => c,
            })],
        };

        Assert.Empty(DefinitionValidation.Problems(typed));
    }

    [Fact]
    public void NumbersAtTheEndsOfTheirRangesAreSound()
    {
        var edges = WithRange(WithRange(Current, FitAttribute.Employees, 0, 10_000_000), FitAttribute.AnnualRevenue, 0, 10_000_000_000_000m) with
        {
            Engagement = Current.Engagement with { HalfLifeDays = 3650 },
            Sla = new(HighIntentResponseMinutes: 1440, MqlAcceptanceWorkingDays: 30, SqlAcceptanceWorkingDays: 1),
            Cadence = new(MinTouches: 1, MaxTouches: 100, MinDays: 1, MaxDays: 365, NurtureMonths: 24),
        };

        Assert.Empty(DefinitionValidation.Problems(edges));
    }

    private static QualificationDefinition WithRange(QualificationDefinition d, FitAttribute attribute, decimal min, decimal max) => d with
    {
        Fit = [.. d.Fit.Select(c => c.Attribute == attribute ? c with { Matches = [new FitMatch(Min: min, Max: max)] } : c)],
    };
}
