using System.Text.Json;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

public class DefinitionJsonTests
{
    [Fact]
    public void TheDefaultDefinitionRoundTripsToTheSameJson()
    {
        var json = DefinitionJson.Serialize(Definitions.Default);

        var again = DefinitionJson.Serialize(DefinitionJson.Deserialize(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void ARoundTrippedDefinitionScoresALeadExactlyAsTheOriginal()
    {
        var original = Definitions.Default;
        var roundTripped = DefinitionJson.Deserialize(DefinitionJson.Serialize(original));
        var profile = FitProfileBuilder.IcpFit().WithEmployees(30).WithSeniority(Seniority.Manager).Build();
        var events = EventsBuilder.None.EbookDownload(daysAgo: 12).EmailOpens(3, daysAgo: 2).PricingPageVisit(daysAgo: 1)
            .Reply(DispositionCode.Interested, daysAgo: 3).Build();

        var expected = LeadScorer.Score(original, profile, events, TestClock.Now);
        var actual = LeadScorer.Score(roundTripped, profile, events, TestClock.Now);

        Assert.Equal(expected.Factors, actual.Factors);
        Assert.Equal(expected.Highlights, actual.Highlights);
        Assert.Equal(expected with { Factors = actual.Factors, Highlights = actual.Highlights }, actual);
    }

    [Fact]
    public void ARoundTrippedDefinitionKeepsEveryRule()
    {
        var original = Definitions.Default;

        var copy = DefinitionJson.Deserialize(DefinitionJson.Serialize(original));

        Assert.Equal(original.Version, copy.Version);
        Assert.Equal(original.Fit.Count, copy.Fit.Count);
        Assert.All(original.Fit.Zip(copy.Fit), pair =>
        {
            Assert.Equal((pair.First.Attribute, pair.First.Weight), (pair.Second.Attribute, pair.Second.Weight));
            Assert.Equal(pair.First.Matches, pair.Second.Matches);
        });
        Assert.Equal(original.Engagement.Weights, copy.Engagement.Weights);
        Assert.Equal(original.Mql.HandRaises, copy.Mql.HandRaises);
        Assert.Equal(original.Dispositions, copy.Dispositions);
        Assert.Equal(original.Frameworks.Rules.Select(r => (r.Framework, r.MinConfirmed, string.Join(",", r.Required))),
            copy.Frameworks.Rules.Select(r => (r.Framework, r.MinConfirmed, string.Join(",", r.Required))));
        Assert.Equal(original.Sla, copy.Sla);
        Assert.Equal(original.Cadence, copy.Cadence);
        Assert.Equal(original.Priority, copy.Priority);
    }

    [Fact]
    public void TheJsonIsReadableWithCamelCaseNamesAndEnumsByName()
    {
        var json = DefinitionJson.Serialize(Definitions.Default);

        Assert.Contains("\"halfLifeDays\": 30", json);
        Assert.Contains("\"signal\": \"DemoRequest\"", json);
        Assert.Contains("\"attribute\": \"Industry\"", json);
        Assert.Contains("\"default\": \"BANT\"", json);
        Assert.Contains("\n", json);
    }

    [Fact]
    public void UnsetOptionalValuesAreLeftOut()
    {
        var json = DefinitionJson.Serialize(Definitions.Default);

        Assert.DoesNotContain("null", json);
    }

    [Fact]
    public void AnEmptyStoredDefinitionIsRefused()
    {
        Assert.Throws<JsonException>(() => DefinitionJson.Deserialize("null"));
    }
}
