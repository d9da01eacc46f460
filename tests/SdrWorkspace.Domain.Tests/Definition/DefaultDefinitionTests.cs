using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

public class DefaultDefinitionTests
{
    private static readonly QualificationDefinition Definition = Definitions.Default;

    [Fact]
    public void TheDefaultIsVersionOne()
    {
        Assert.Equal(1, Definition.Version);
    }

    [Fact]
    public void EveryFitAttributeIsACriterionOnceAndTheWeightsAddUpToOneHundred()
    {
        Assert.Equal(Enum.GetValues<FitAttribute>(), Definition.Fit.Select(c => c.Attribute).Order());
        Assert.Equal(100, Definition.Fit.Sum(c => c.Weight));
    }

    [Fact]
    public void TheIcpIsTheDemoCompanysBuyers()
    {
        string[] Values(FitAttribute attribute) =>
            [.. Definition.Fit.Single(c => c.Attribute == attribute).Matches.Where(m => m.Share >= 1).Select(m => m.Value!)];

        Assert.Equal(["Software", "Internet", "Financial Services", "Professional Services"], Values(FitAttribute.Industry));
        Assert.Equal([Regions.NorthAmerica, Regions.Europe], Values(FitAttribute.Region));
        Assert.Equal(["CLevel", "VP", "Director"], Values(FitAttribute.Seniority));
        Assert.Equal(["Sales", "Marketing", "RevenueOperations", "IT"], Values(FitAttribute.JobFunction));
        var employees = Definition.Fit.Single(c => c.Attribute == FitAttribute.Employees).Matches[0];
        Assert.Equal((50m, 5000m, 1.0), (employees.Min, employees.Max, employees.Share));
    }

    [Fact]
    public void EveryCategoryMatchNamesARealValueOfItsEnum()
    {
        void AllNamesOf<TEnum>(FitAttribute attribute) where TEnum : struct, Enum =>
            Assert.All(Definition.Fit.Single(c => c.Attribute == attribute).Matches,
                m => Assert.True(Enum.TryParse<TEnum>(m.Value, out _), $"{attribute}: {m.Value}"));

        AllNamesOf<Seniority>(FitAttribute.Seniority);
        AllNamesOf<JobFunction>(FitAttribute.JobFunction);
        AllNamesOf<BuyingRole>(FitAttribute.BuyingRole);
    }

    [Fact]
    public void EngagementDecaysWithAThirtyDayHalfLife()
    {
        Assert.Equal(30, Definition.Engagement.HalfLifeDays);
    }

    [Fact]
    public void EverySignalButNoneHasAWeight()
    {
        Assert.All(Enum.GetValues<EngagementSignal>().Where(s => s != EngagementSignal.None),
            s => Assert.NotNull(Definition.Engagement.WeightOf(s)));
        Assert.Null(Definition.Engagement.WeightOf(EngagementSignal.None));
    }

    [Fact]
    public void HighIntentWeighsMostAndAnEmailOpenLeast()
    {
        var points = Definition.Engagement.Weights.ToDictionary(w => w.Signal, w => w.Points);

        Assert.True(points[EngagementSignal.DemoRequest] > points[EngagementSignal.PricingPageVisit]);
        Assert.True(points[EngagementSignal.PositiveReply] > points[EngagementSignal.WebinarAttended]);
        Assert.True(points[EngagementSignal.ContentDownload] > points[EngagementSignal.EmailClick]);
        Assert.Equal(points.Values.Min(), points[EngagementSignal.EmailOpen]);
        Assert.Single(points.Values, p => p == points[EngagementSignal.EmailOpen]);
    }

    [Fact]
    public void NoNumberOfOpensCanReachTheEngagementThreshold()
    {
        Assert.True(Definition.Engagement.WeightOf(EngagementSignal.EmailOpen)!.MaxPoints < Definition.Mql.MinEngagement);
    }

    [Fact]
    public void MqlNeedsFitSixtyAndEngagementTwentyFiveOrARecentHandRaise()
    {
        Assert.Equal(60, Definition.Mql.MinFit);
        Assert.Equal(25, Definition.Mql.MinEngagement);
        Assert.Equal(30, Definition.Mql.HandRaiseWindowDays);
        Assert.Equal(
            [EngagementSignal.DemoRequest, EngagementSignal.MeetingBooked, EngagementSignal.PositiveReply],
            Definition.Mql.HandRaises);
    }

    [Theory]
    [InlineData(Framework.BANT, 3, new string[0])]
    [InlineData(Framework.MEDDIC, 5, new[] { "economic_buyer", "identify_pain", "champion" })]
    [InlineData(Framework.CHAMP, 3, new[] { "challenges" })]
    public void EachFrameworkHasItsPassRule(Framework framework, int minConfirmed, string[] required)
    {
        var rule = Definition.RuleFor(framework);

        Assert.Equal(framework, rule.Framework);
        Assert.Equal(minConfirmed, rule.MinConfirmed);
        Assert.Equal(required, rule.Required);
    }

    [Fact]
    public void BantIsTheDefaultFramework()
    {
        Assert.Equal(Framework.BANT, Definition.Frameworks.Default);
    }

    [Fact]
    public void EveryRequiredCriterionIsACriterionOfItsFramework()
    {
        Assert.All(Definition.Frameworks.Rules, rule =>
            Assert.All(rule.Required, key =>
                Assert.Contains(key, FrameworkCatalogue.Criteria(rule.Framework).Select(c => c.Key))));
    }

    [Fact]
    public void ADefinitionWithoutARuleForAFrameworkSaysSo()
    {
        var definition = Definition with { Frameworks = Definition.Frameworks with { Rules = [] } };

        var error = Assert.Throws<InvalidOperationException>(() => definition.RuleFor(Framework.MEDDIC));
        Assert.Equal("Definition v1 has no pass rule for MEDDIC.", error.Message);
    }

    [Fact]
    public void TheSlasAreFiveMinutesOneWorkingDayAndTwoWorkingDays()
    {
        Assert.Equal(new SlaPolicy(5, 1, 2), Definition.Sla);
    }

    [Fact]
    public void TheCadenceIsEightToFifteenTouchesOverTwoToFourWeeksThenFourMonthsOfNurture()
    {
        Assert.Equal(new CadencePolicy(MinTouches: 8, MaxTouches: 15, MinDays: 14, MaxDays: 28, NurtureMonths: 4), Definition.Cadence);
    }

    [Theory]
    [MemberData(nameof(AllDispositionCodes))]
    public void EveryDispositionCodeHasExactlyOneEffect(DispositionCode code)
    {
        var effect = Assert.Single(Definition.Dispositions, d => d.Code == code);

        Assert.Same(effect, Definition.Disposition(code));
        Assert.False(string.IsNullOrWhiteSpace(effect.Label));
    }

    public static TheoryData<DispositionCode> AllDispositionCodes => new(Enum.GetValues<DispositionCode>());

    [Fact]
    public void ThereAreElevenDispositionsWithDistinctHotkeys()
    {
        Assert.Equal(11, Definition.Dispositions.Count);
        Assert.Equal(11, Definition.Dispositions.Select(d => d.Hotkey).Distinct().Count());
    }

    [Fact]
    public void ADefinitionWithoutAnEffectForACodeSaysSo()
    {
        var definition = Definition with { Dispositions = [] };

        var error = Assert.Throws<InvalidOperationException>(() => definition.Disposition(DispositionCode.Timing));
        Assert.Equal("Definition v1 has no effect for Timing.", error.Message);
    }

    [Fact]
    public void CreateReturnsAFreshDefinitionEachTime()
    {
        Assert.NotSame(DefaultDefinition.Create(), DefaultDefinition.Create());
    }
}
