using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

/// <summary>What a full re-score decides from a lead's stored score alone, agreeing with the lead itself.</summary>
public class StoredScoreTests
{
    private static ScoreCard Score(Lead lead, EventsBuilder events, int version = 1) =>
        LeadScorer.Score(Definitions.Default with { Version = version }, lead.FitProfile, events.Build(), TestClock.Now);

    private static EventsBuilder SeedMqlEvents => EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit();

    [Fact]
    public void TheCardTheLeadAlreadyHoldsNeedsNoWrite()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var card = Score(lead, EventsBuilder.None.EmailOpens(2));
        lead.ApplyScore(card, TestClock.Now);

        Assert.Equal(ScoreWrite.None, lead.StoredScore.Needs(card));
        Assert.True(lead.HasScore(card));
    }

    [Fact]
    public void ANewDefinitionVersionThatScoresTheLeadTheSameNeedsNoWriteAndKeepsTheVersionThatLastChangedIt()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.ApplyScore(Score(lead, EventsBuilder.None.EmailOpens(2), version: 1), TestClock.Now);

        var next = Score(lead, EventsBuilder.None.EmailOpens(2), version: 2);

        Assert.Equal(ScoreWrite.None, lead.StoredScore.Needs(next));
        Assert.True(lead.HasScore(next));
        Assert.Equal(1, lead.DefinitionVersion);
    }

    [Fact]
    public void ANewDefinitionVersionThatChangesTheNumbersNeedsTheScoreWritten()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.ApplyScore(Score(lead, EventsBuilder.None.EmailOpens(2), version: 1), TestClock.Now);

        var next = LeadScorer.Score(Definitions.Default with { Version = 2, FitShareOfScore = 0.9 }, lead.FitProfile, EventsBuilder.None.EmailOpens(2).Build(), TestClock.Now);

        Assert.Equal(ScoreWrite.Score, lead.StoredScore.Needs(next));
    }

    [Fact]
    public void ACardThatMakesTheLeadAnMqlNeedsTheStageMoveNotJustTheScore()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var card = Score(lead, SeedMqlEvents);

        Assert.Equal(ScoreWrite.Stage, lead.StoredScore.Needs(card));
        Assert.NotNull(lead.ApplyScore(card, TestClock.Now));
        Assert.Equal(ScoreWrite.None, lead.StoredScore.Needs(card));
    }

    [Fact]
    public void ADoNotContactLeadIsNeverMovedByItsScore()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.MarkDoNotContact();

        Assert.Equal(ScoreWrite.Score, lead.StoredScore.Needs(Score(lead, SeedMqlEvents)));
    }
}
