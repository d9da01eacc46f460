using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Common;

public class TextLimitsTests
{
    private static readonly DateTime At = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Exactly <paramref name="length"/> UTF-16 code units of accented text ending in an emoji.</summary>
    private static string TextOf(int length) => new string('é', length - 2) + "😀";

    [Fact]
    public void PaddingIsTrimmedBeforeTheTextIsMeasuredAndIsNotKept() =>
        Assert.Equal("A", TextLimits.Require("A" + new string(' ', 5_000_000), 1, "A reply"));

    [Fact]
    public void TextAtItsLimitIsKeptWhole()
    {
        var text = TextOf(TextLimits.EventText);

        Assert.Equal(text, TextLimits.Require(" \n" + text + "\t ", TextLimits.EventText, "A reply"));
    }

    [Fact]
    public void OneCodeUnitOverTheLimitIsRefusedNamingTheField()
    {
        var error = Assert.Throws<DomainException>(() => TextLimits.Require(TextOf(TextLimits.PersonName + 1), TextLimits.PersonName, "A first name"));

        Assert.Equal("A first name is limited to 100 characters.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    public void BlankTextIsStoredAsNothing(string? value) =>
        Assert.Null(TextLimits.Require(value, 10, "A note"));

    [Fact]
    public void AnEventStoresItsTextsTrimmedAndRefusesAReplyOverItsLimit()
    {
        var reply = new EngagementEvent(1, EngagementType.EmailReply, At, "e-1", "  https://example.com/a  ", " Re: hello ", "Thanks " + new string(' ', 1000));

        Assert.Equal(("https://example.com/a", "Re: hello", "Thanks"), (reply.Url, reply.Subject, reply.Text));
        Assert.Throws<DomainException>(() => new EngagementEvent(1, EngagementType.EmailReply, At, text: TextOf(TextLimits.EventText + 1)));
    }

    [Fact]
    public void AnEventIdIsKeptExactlyAsSentAndRefusedOverItsLimit()
    {
        Assert.Equal(" id ", new EngagementEvent(1, EngagementType.EmailOpen, At, " id ").ExternalId);
        Assert.Throws<DomainException>(() => new EngagementEvent(1, EngagementType.EmailOpen, At, new string('x', TextLimits.ExternalId + 1)));
    }

    [Fact]
    public void ALeadRefusesANameOverItsLimitWhenCreatedOrUpdated()
    {
        var lead = new Lead(new NewLead("dana@example.com", FirstName: TextOf(TextLimits.PersonName)), "test", 1, At);

        Assert.Equal(TextLimits.PersonName, lead.FirstName.Length);
        Assert.Throws<DomainException>(() => new Lead(new NewLead("ana@example.com", LastName: TextOf(TextLimits.PersonName + 1)), "test", 1, At));
        Assert.Throws<DomainException>(() => lead.UpdateDetails(new NewLead("dana@example.com", Title: TextOf(TextLimits.JobTitle + 1))));
    }

    [Fact]
    public void AnAccountRefusesACompanyNameOverItsLimit()
    {
        var account = new Account("  Acme  ", " Acme.COM ", null, null, null, null);

        Assert.Equal(("Acme", "acme.com"), (account.Name, account.Domain));
        Assert.Throws<DomainException>(() => new Account(TextOf(TextLimits.CompanyName + 1), null, null, null, null, null));
        Assert.Throws<DomainException>(() => account.UpdateFrom(null, TextOf(TextLimits.Industry + 1), null, null, null));
    }

    [Fact]
    public void ATouchNoteIsStoredTrimmedAndRefusedOverItsLimit()
    {
        Assert.Equal("Left a voicemail", new Touch(1, TouchChannel.Call, TouchOutcome.NoAnswer, At, "u", "  Left a voicemail \n").Note);
        Assert.Throws<DomainException>(() => new Touch(1, TouchChannel.Call, TouchOutcome.NoAnswer, At, "u", TextOf(TextLimits.TouchNote + 1)));
    }
}
