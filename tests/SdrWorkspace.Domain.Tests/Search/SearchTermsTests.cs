using SdrWorkspace.Domain.Search;

namespace SdrWorkspace.Domain.Tests.Search;

/// <summary>How typed text becomes what a search matches: tidied, literal, and read as a phone only when it is one.</summary>
public class SearchTermsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData(" a \t")]
    public void TooLittleTextSearchesNothing(string? typed) => Assert.Null(SearchTerms.Parse(typed));

    [Theory]
    [InlineData("  Acme   Corp ", "acme corp")]
    [InlineData("JANE\tDoe\n", "jane doe")]
    [InlineData("Zoë ÉCOLE", "zoë École")]
    public void TextIsTrimmedSpacedOnceAndLowerCasedFromAToZOnly(string typed, string expected) =>
        Assert.Equal(expected, SearchTerms.Parse(typed)!.Text);

    [Theory]
    [InlineData("%_'\"")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("o'brien_%")]
    [InlineData("שלום 👋")]
    public void WildcardsQuotesAndMarkupAreKeptAsTheyWereTyped(string typed) => Assert.Equal(typed.ToLowerInvariant(), SearchTerms.Parse(typed)!.Text);

    [Fact]
    public void VeryLongTextIsCutAtTheLimit()
    {
        var terms = SearchTerms.Parse(new string('x', 10_000))!;

        Assert.Equal(SearchTerms.MaxLength, terms.Text.Length);
    }

    [Fact]
    public void TwoWordsAlsoSearchFirstAndLastName()
    {
        var terms = SearchTerms.Parse("Jane Do")!;

        Assert.Equal("jane", terms.FirstWord);
        Assert.Equal("do", terms.RestOfName);
    }

    [Fact]
    public void OneWordHasNoFirstAndLastName()
    {
        var terms = SearchTerms.Parse("jane")!;

        Assert.Null(terms.FirstWord);
        Assert.Null(terms.RestOfName);
    }

    [Theory]
    [InlineData("+1 (415) 555-0142", "14155550142")]
    [InlineData("415.555", "415555")]
    [InlineData("0142", "0142")]
    public void APhoneNumberIsMatchedByItsDigits(string typed, string digits)
    {
        var terms = SearchTerms.Parse(typed)!;

        Assert.Equal(digits, terms.PhoneDigits);
        Assert.Equal($"%{string.Join('%', digits.ToCharArray())}%", terms.PhonePattern);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("1-800-Flowers")]
    [InlineData("Studio 5432")]
    [InlineData("55%5_5")]
    public void TextThatIsNotAPhoneNumberIsNotSearchedAsOne(string typed)
    {
        var terms = SearchTerms.Parse(typed)!;

        Assert.Null(terms.PhoneDigits);
        Assert.Null(terms.PhonePattern);
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("acme corp")]
    [InlineData("acme-")]
    [InlineData("acme😀")]
    public void TheUpperBoundHoldsEveryTextThatStartsWithThePrefixAndNoOther(string startsWith)
    {
        var upper = SearchTerms.UpperBoundOf("acme");

        Assert.True(string.CompareOrdinal(startsWith, "acme") >= 0 && string.CompareOrdinal(startsWith, upper) < 0);
        Assert.True(string.CompareOrdinal("acmf", upper) > 0);
        Assert.True(string.CompareOrdinal("acm", "acme") < 0);
    }
}
