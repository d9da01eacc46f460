using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class LeadScorerFitTests
{
    private static readonly QualificationDefinition Definition = Definitions.Default;

    private static ScoreCard Score(FitProfileBuilder profile) =>
        LeadScorer.Score(Definition, profile.Build(), [], TestClock.Now);

    private static ScoreFactor FitFactor(ScoreCard card, string criterion) =>
        Assert.Single(card.FitFactors, f => f.Factor.StartsWith(criterion + ":", StringComparison.Ordinal));

    [Fact]
    public void APerfectFitPersonaScoresOneHundred()
    {
        var card = Score(FitProfileBuilder.PerfectFit());

        Assert.Equal(100, card.Fit);
    }

    [Fact]
    public void TheSeedPersonaWithUnknownRevenueScoresNinety()
    {
        var card = Score(FitProfileBuilder.IcpFit());

        Assert.Equal(90, card.Fit);
        Assert.Equal(0, FitFactor(card, "Revenue").Points);
    }

    [Fact]
    public void ANonFitPersonaScoresOnlyThePartialCreditOfAUser()
    {
        var card = Score(FitProfileBuilder.NonFit());

        Assert.Equal(3, card.Fit);
    }

    [Fact]
    public void EachCriterionOfAPerfectFitNamesItsValueAndEarnsItsFullWeight()
    {
        var card = Score(FitProfileBuilder.PerfectFit());

        Assert.Equal(
            [
                new ScoreFactor(ScorePart.Fit, "Industry: Software (in ICP)", 20),
                new ScoreFactor(ScorePart.Fit, "Company size: 500 (in ICP)", 20),
                new ScoreFactor(ScorePart.Fit, "Revenue: $50M (in ICP)", 10),
                new ScoreFactor(ScorePart.Fit, "Region: North America (in ICP)", 15),
                new ScoreFactor(ScorePart.Fit, "Seniority: VP (in ICP)", 15),
                new ScoreFactor(ScorePart.Fit, "Function: Sales (in ICP)", 10),
                new ScoreFactor(ScorePart.Fit, "Buying role: Economic buyer (in ICP)", 10),
            ],
            card.FitFactors);
    }

    [Fact]
    public void ThirtyEmployeesEarnHalfOfCompanySize()
    {
        var card = Score(FitProfileBuilder.IcpFit().WithEmployees(30));

        var factor = FitFactor(card, "Company size");
        Assert.Equal(10, factor.Points);
        Assert.Equal("Company size: 30 (near ICP)", factor.Factor);
        Assert.Equal(80, card.Fit);
    }

    [Fact]
    public void AManagerEarnsFourTenthsOfSeniority()
    {
        var card = Score(FitProfileBuilder.IcpFit().WithSeniority(Seniority.Manager));

        var factor = FitFactor(card, "Seniority");
        Assert.Equal(6, factor.Points);
        Assert.Equal("Seniority: Manager (near ICP)", factor.Factor);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(19, 0)]
    [InlineData(20, 10)]
    [InlineData(49, 10)]
    [InlineData(50, 20)]
    [InlineData(5000, 20)]
    [InlineData(5001, 10)]
    [InlineData(10000, 10)]
    [InlineData(10001, 0)]
    public void CompanySizeEarnsFullWeightInsideTheRangeAndHalfJustOutsideIt(int employees, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithEmployees(employees));

        Assert.Equal(points, FitFactor(card, "Company size").Points);
    }

    [Theory]
    [InlineData(4_999_999, 0)]
    [InlineData(5_000_000, 10)]
    [InlineData(2_000_000_000, 10)]
    [InlineData(2_000_000_001, 0)]
    public void RevenueEarnsItsWeightOnlyInsideTheInclusiveRange(long revenue, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithRevenue(revenue));

        Assert.Equal(points, FitFactor(card, "Revenue").Points);
    }

    [Theory]
    [InlineData("Software", 20)]
    [InlineData("software", 20)]
    [InlineData("Internet", 20)]
    [InlineData("Financial Services", 20)]
    [InlineData("Professional Services", 20)]
    [InlineData("Retail", 0)]
    [InlineData("Manufacturing", 0)]
    public void IndustryEarnsItsWeightForTheIcpIndustriesInAnyCase(string industry, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithIndustry(industry));

        Assert.Equal(points, FitFactor(card, "Industry").Points);
    }

    [Theory]
    [InlineData(Regions.NorthAmerica, 15)]
    [InlineData(Regions.Europe, 15)]
    [InlineData(Regions.LatinAmerica, 0)]
    [InlineData(Regions.AsiaPacific, 0)]
    [InlineData(Regions.MiddleEastAfrica, 0)]
    public void RegionEarnsItsWeightInNorthAmericaAndEurope(string region, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithRegion(region));

        Assert.Equal(points, FitFactor(card, "Region").Points);
    }

    [Theory]
    [InlineData(Seniority.CLevel, 15)]
    [InlineData(Seniority.VP, 15)]
    [InlineData(Seniority.Director, 15)]
    [InlineData(Seniority.Manager, 6)]
    [InlineData(Seniority.IndividualContributor, 0)]
    [InlineData(Seniority.Unknown, 0)]
    public void SeniorityEarnsFullWeightFromDirectorUpAndPartOfItForAManager(Seniority seniority, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithSeniority(seniority));

        Assert.Equal(points, FitFactor(card, "Seniority").Points);
    }

    [Theory]
    [InlineData(JobFunction.Sales, 10)]
    [InlineData(JobFunction.Marketing, 10)]
    [InlineData(JobFunction.RevenueOperations, 10)]
    [InlineData(JobFunction.IT, 10)]
    [InlineData(JobFunction.Engineering, 0)]
    [InlineData(JobFunction.Finance, 0)]
    [InlineData(JobFunction.Operations, 0)]
    [InlineData(JobFunction.HumanResources, 0)]
    [InlineData(JobFunction.Other, 0)]
    [InlineData(JobFunction.Unknown, 0)]
    public void FunctionEarnsItsWeightForTheBuyingFunctions(JobFunction function, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithFunction(function));

        Assert.Equal(points, FitFactor(card, "Function").Points);
    }

    [Theory]
    [InlineData(BuyingRole.EconomicBuyer, 10)]
    [InlineData(BuyingRole.TechnicalEvaluator, 7)]
    [InlineData(BuyingRole.User, 3)]
    [InlineData(BuyingRole.Unknown, 0)]
    public void BuyingRoleEarnsMostForTheEconomicBuyer(BuyingRole role, double points)
    {
        var card = Score(FitProfileBuilder.IcpFit().WithBuyingRole(role));

        Assert.Equal(points, FitFactor(card, "Buying role").Points);
    }

    [Fact]
    public void UnknownValuesEarnNothingAndSayTheyAreUnknown()
    {
        var card = Score(FitProfileBuilder.Unknown());

        Assert.Equal(0, card.Fit);
        Assert.Equal(7, card.FitFactors.Count());
        Assert.All(card.FitFactors, f =>
        {
            Assert.Equal(0, f.Points);
            Assert.EndsWith(": unknown (outside ICP)", f.Factor);
        });
    }

    [Fact]
    public void AValueOutsideTheIcpEarnsNothingAndSaysSo()
    {
        var card = Score(FitProfileBuilder.IcpFit().WithIndustry("Retail"));

        var factor = FitFactor(card, "Industry");
        Assert.Equal("Industry: Retail (outside ICP)", factor.Factor);
        Assert.Equal(0, factor.Points);
    }

    public static TheoryData<string, FitProfile> Profiles => new()
    {
        { "perfect fit", FitProfileBuilder.PerfectFit().Build() },
        { "seed persona", FitProfileBuilder.IcpFit().Build() },
        { "non-fit", FitProfileBuilder.NonFit().Build() },
        { "unknown", FitProfileBuilder.Unknown().Build() },
        { "near misses", FitProfileBuilder.IcpFit().WithEmployees(30).WithSeniority(Seniority.Manager).WithBuyingRole(BuyingRole.TechnicalEvaluator).Build() },
        { "a user at a mid-size firm", FitProfileBuilder.NonFit().WithEmployees(7000).WithSeniority(Seniority.Manager).Build() },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void TheFitFactorsAddUpToTheFitScore(string persona, FitProfile profile)
    {
        var card = LeadScorer.Score(Definition, profile, [], TestClock.Now);

        var sum = card.FitFactors.Sum(f => f.Points);
        Assert.True(Math.Abs(sum - card.Fit) <= 0.5, $"{persona}: factors add up to {sum}, fit is {card.Fit}");
    }

    [Fact]
    public void WeightsAreShareOfTheirTotalSoTheyNeedNotAddUpToOneHundred()
    {
        var definition = Definition with
        {
            Fit =
            [
                new(FitAttribute.Industry, 1, [new("Software")]),
                new(FitAttribute.Region, 3, [new(Regions.Europe)]),
            ],
        };
        var inEurope = FitProfileBuilder.IcpFit().WithRegion(Regions.Europe);

        var both = LeadScorer.Score(definition, inEurope.Build(), [], TestClock.Now);
        var regionOnly = LeadScorer.Score(definition, inEurope.WithIndustry("Retail").Build(), [], TestClock.Now);

        Assert.Equal(100, both.Fit);
        Assert.Equal(75, regionOnly.Fit);
    }

    [Fact]
    public void TheFirstMatchingValueDecidesTheShare()
    {
        var definition = Definition with
        {
            Fit = [new(FitAttribute.Employees, 10, [new(Min: 1, Max: 100, Share: 0.2), new(Min: 1, Max: 1000)])],
        };

        var card = LeadScorer.Score(definition, FitProfileBuilder.IcpFit().WithEmployees(50).Build(), [], TestClock.Now);

        Assert.Equal(20, card.Fit);
    }
}
