using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Tests.Features.Shared;

/// <summary>A stored filter reads back as the filter it was, and an old or broken one opens with what still fits.</summary>
public class StoredFilterTests
{
    private static readonly QueueFilter Empty = new();

    [Fact]
    public void AFilterReadsBackAsItWasWritten()
    {
        var filter = new QueueFilter(LifecycleStage.SAL, "Webinar \"<b>\"", "Software", Sort: QueueSort.Score);

        Assert.Equal(filter, StoredFilter.Read(StoredFilter.Write(filter), Empty));
    }

    [Theory]
    [InlineData("""{"Stage":"Prospect","Source":"Webinar"}""")]
    [InlineData("""{"Stage":42,"Source":"Webinar"}""")]
    [InlineData("""{"Stage":{"nested":true},"Source":"Webinar","Sort":"Sideways"}""")]
    [InlineData("""{"Source":"Webinar","Territory":"EMEA","Stage":null}""")]
    public void ValuesThatNoLongerReadAreLeftAtTheirDefault(string json) =>
        Assert.Equal(new QueueFilter(Source: "Webinar"), StoredFilter.Read(json, Empty));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"Webinar\"")]
    [InlineData("""{"Source":""")]
    public void SomethingThatIsNoFilterAtAllGivesTheEmptyFilter(string? json) => Assert.Equal(Empty, StoredFilter.Read(json, Empty));
}
