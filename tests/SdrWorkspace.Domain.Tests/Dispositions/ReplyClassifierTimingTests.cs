using SdrWorkspace.Domain.Dispositions;

namespace SdrWorkspace.Domain.Tests.Dispositions;

/// <summary>"Not now, later" replies are suggested as Timing with the day to come back, counted from the reply's date.</summary>
public class ReplyClassifierTimingTests
{
    /// <summary>Received Wednesday 12 November 2025 (Q4).</summary>
    private static readonly DateTime November = new(2025, 11, 12, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Received Monday 10 February 2025 (Q1).</summary>
    private static readonly DateTime February = new(2025, 2, 10, 10, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, DateTime, DateOnly> TimingReplies => new()
    {
        { "Not a priority right now. Reach out again after our planning cycle in Q2.", November, new(2026, 4, 1) },
        { "Not a priority right now. Reach out again after our planning cycle in Q2.", February, new(2025, 4, 1) },
        { "Interesting, but we have no budget until Q3. Let's talk then.", November, new(2026, 7, 1) },
        { "Sounds great, but please circle back next quarter.", November, new(2026, 1, 1) },
        { "Love what you are building. Can you follow up in March?", November, new(2026, 3, 1) },
        { "We're locked into our current vendor until September, try me then.", February, new(2025, 9, 1) },
        { "Timing is bad, we are mid-reorg. Let's reconnect next year.", February, new(2026, 1, 1) },
        { "Swamped with year-end. Ping me after the holidays.", November, new(2026, 1, 5) },
        { "Not the right time, maybe in six months?", November, new(2026, 5, 12) },
        { "Could you get back to me next month? We're interested.", November, new(2025, 12, 1) },
        { "Check back with me in Q1 2027.", November, new(2027, 1, 1) },
    };

    [Theory]
    [MemberData(nameof(TimingReplies))]
    public void ALaterPleaseReplyIsSuggestedAsTimingWithTheDayToComeBack(string text, DateTime received, DateOnly expected)
    {
        var suggestion = ReplyClassifier.Suggest(text, received);

        Assert.Equal(DispositionCode.Timing, suggestion?.Code);
        Assert.Equal(expected, suggestion?.Date);
    }

    [Theory]
    [InlineData("Not a priority right now, reach out again later.")]
    [InlineData("Bad timing for us at the moment.")]
    public void ALaterPleaseReplyWithoutADateIsStillTiming(string text)
    {
        var suggestion = ReplyClassifier.Suggest(text, November);

        Assert.Equal((DispositionCode.Timing, (DateOnly?)null), (suggestion?.Code, suggestion?.Date));
    }

    [Theory]
    [InlineData("Yes, let's talk. How about Tuesday in March?")]
    [InlineData("We met at the March conference, send me the deck.")]
    [InlineData("Our Q2 numbers were strong; I'd like a demo this week.")]
    public void ADateWithoutALaterPleaseIsNotTiming(string text) =>
        Assert.NotEqual(DispositionCode.Timing, ReplyClassifier.Suggest(text, November)?.Code);

    [Fact]
    public void AnOutOfOfficeNoticeStaysOutOfOfficeThoughItNamesALaterDate() =>
        Assert.Equal(DispositionCode.OutOfOffice, ReplyClassifier.Suggest("I am out of the office until March 24, please reach out again then.", November)?.Code);

    [Fact]
    public void AnUnsubscribeRequestWinsOverTiming() =>
        Assert.Equal(DispositionCode.Unsubscribe, ReplyClassifier.Suggest("Not now, and please remove me from your list.", November)?.Code);
}
