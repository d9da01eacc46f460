using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Dispositions;

public class ReplyClassifierTests
{
    private static ReplySuggestion? Suggest(string text) => ReplyClassifier.Suggest(text, TestClock.Now);

    [Theory]
    [InlineData("Delivery has failed to these recipients: the address could not be found.")]
    [InlineData("Undeliverable: Quick question about your pipeline")]
    [InlineData("550 5.1.1 User unknown")]
    public void ABounceIsSuggestedAsWrongContact(string text) =>
        Assert.Equal(DispositionCode.WrongContact, Suggest(text)?.Code);

    [Theory]
    [InlineData("Please remove me from your mailing list.")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("Stop emailing me.")]
    public void AnUnsubscribeRequestIsSuggestedAsUnsubscribe(string text) =>
        Assert.Equal(DispositionCode.Unsubscribe, Suggest(text)?.Code);

    [Theory]
    [InlineData("I am out of the office until March 24 with limited access to email.", 2025, 3, 24)]
    [InlineData("Out of office: back on Monday, 24th March.", 2025, 3, 24)]
    [InlineData("I'm on vacation until 2025-04-02.", 2025, 4, 2)]
    [InlineData("Automatic reply: I am out of the office until the 2nd.", 2025, 4, 2)]
    [InlineData("Out of office until January 5th.", 2026, 1, 5)]
    public void AnOutOfOfficeNoticeIsSuggestedWithItsReturnDate(string text, int year, int month, int day)
    {
        var suggestion = Suggest(text);

        Assert.Equal(DispositionCode.OutOfOffice, suggestion?.Code);
        Assert.Equal(new DateOnly(year, month, day), suggestion?.Date);
    }

    [Fact]
    public void AnOutOfOfficeNoticeWithoutADateIsStillSuggested()
    {
        var suggestion = Suggest("Auto-reply: I am out of the office.");

        Assert.Equal(DispositionCode.OutOfOffice, suggestion?.Code);
        Assert.Null(suggestion?.Date);
    }

    [Theory]
    [InlineData("I'm not the right person for this. Please talk to Jamie Fox, our Head of Revenue Operations.", "Jamie Fox")]
    [InlineData("You should speak with Maria Lopez in RevOps.", "Maria Lopez")]
    [InlineData("Please contact Sam Okafor instead.", "Sam Okafor")]
    public void AReferralToANamedColleagueIsSuggestedWithTheName(string text, string name)
    {
        var suggestion = Suggest(text);

        Assert.Equal(DispositionCode.Referral, suggestion?.Code);
        Assert.Equal(name, suggestion?.ReferredTo);
    }

    [Theory]
    [InlineData("Thanks for reaching out. This is timely: can you send some times?")]
    [InlineData("We signed with another vendor last month, thanks.")]
    [InlineData("Looks interesting but I expect it's well outside our budget.")]
    [InlineData("")]
    public void RepliesThatNeedJudgementGetNoSuggestion(string text) =>
        Assert.Null(Suggest(text));
}
