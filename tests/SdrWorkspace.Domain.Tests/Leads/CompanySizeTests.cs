using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Leads;

public class CompanySizeTests
{
    [Theory]
    [InlineData(CompanySize.Small, 1, 49, "1-49 employees")]
    [InlineData(CompanySize.MidMarket, 50, 499, "50-499 employees")]
    [InlineData(CompanySize.UpperMidMarket, 500, 4999, "500-4,999 employees")]
    [InlineData(CompanySize.Enterprise, 5000, int.MaxValue, "5,000+ employees")]
    public void EachSegmentCoversTheEmployeeCountsItsLabelSays(CompanySize size, int min, int max, string label)
    {
        Assert.Equal((min, max), CompanySizes.RangeOf(size));
        Assert.Equal(label, CompanySizes.Label(size));
    }

    [Fact]
    public void TheSegmentsFollowEachOtherWithoutGapsOrOverlaps()
    {
        var ranges = Enum.GetValues<CompanySize>().Select(CompanySizes.RangeOf).ToList();

        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.Max + 1, pair.Second.Min));
    }
}
