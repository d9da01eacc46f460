using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Tests.Common;

public class RangesTests
{
    [Theory]
    [InlineData(0.0, true)]
    [InlineData(100.0, true)]
    [InlineData(-0.01, false)]
    [InlineData(100.01, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    [InlineData(double.NegativeInfinity, false)]
    [InlineData(1e30, false)]
    public void ARangeHoldsItsEndsAndNothingBeyondThemNorNaNOrInfinity(double value, bool contained)
    {
        Assert.Equal(contained, Ranges.Score.Contains(value));
    }

    [Fact]
    public void ADecimalBeyondARangeIsOutsideItEvenAtTheEndOfTheType()
    {
        Assert.False(Ranges.AnnualRevenue.Contains(decimal.MaxValue));
        Assert.False(Ranges.AnnualRevenue.Contains(decimal.MinValue));
        Assert.True(Ranges.AnnualRevenue.Contains(Ranges.AnnualRevenue.Max));
    }

    [Fact]
    public void EveryAmountRangeEndsWhereADoubleHoldsTheValueExactly()
    {
        // Amounts are stored as REAL: an end a double rounds would read back as a different value.
        foreach (var range in new[] { Ranges.AnnualRevenue, Ranges.Employees, Ranges.EstimatedValue })
            Assert.Equal(range.Max, (decimal)(double)range.Max);
    }

    [Fact]
    public void ARefusalNamesTheValueAndItsRange()
    {
        var error = Assert.Throws<DomainException>(() => Ranges.AnnualRevenue.Checked(-1m));

        Assert.Equal("The annual revenue must be between 0 and 10,000,000,000,000.", error.Message);
    }

    [Fact]
    public void AnAbsentValueIsNotChecked()
    {
        Assert.Null(Ranges.Employees.Checked((int?)null));
        Assert.Null(Ranges.AnnualRevenue.Checked((decimal?)null));
    }
}
