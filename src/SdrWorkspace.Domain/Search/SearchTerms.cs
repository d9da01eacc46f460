using System.Text;

namespace SdrWorkspace.Domain.Search;

/// <summary>
/// What someone typed into a search box, made ready to match leads and accounts. The text is matched
/// literally: % _ ' and markup are ordinary characters here, because the matching compares text as text
/// (prefix ranges and substring search, see <see cref="LeadSearch"/>) instead of building LIKE patterns from it.
/// Case is ignored for A to Z only, as the database compares them.
/// </summary>
public sealed record SearchTerms
{
    /// <summary>Fewer characters than this would match half the leads: nothing is searched.</summary>
    public const int MinLength = 2;

    /// <summary>Longer text is cut here; no name, email, company or phone needs more to be found.</summary>
    public const int MaxLength = 100;

    /// <summary>A phone search needs this many digits, so a house number in a company name is not read as a phone.</summary>
    public const int MinPhoneDigits = 4;

    /// <summary>Sorts after every character, so [prefix, prefix + this) holds exactly the texts that start with prefix.</summary>
    private const string AfterEverything = "\U0010FFFF";

    private SearchTerms(string text)
    {
        Text = text;
        var space = text.IndexOf(' ');
        if (space > 0)
            (FirstWord, RestOfName) = (text[..space], text[(space + 1)..]);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= MinPhoneDigits && text.All(c => char.IsAsciiDigit(c) || " +-().".Contains(c)))
            PhoneDigits = digits;
    }

    /// <summary>The text to match: trimmed, runs of white space made one space, A to Z lower case, at most <see cref="MaxLength"/>.</summary>
    public string Text { get; }

    /// <summary>For "jane do": the first name's start; null for a single word.</summary>
    public string? FirstWord { get; }

    /// <summary>For "jane do": the last name's start.</summary>
    public string? RestOfName { get; }

    /// <summary>The digits of a search that reads as a phone number ("+1 (555) 010-2030"), else null.</summary>
    public string? PhoneDigits { get; }

    /// <summary>The terms for what was typed, or null when there is too little to search for.</summary>
    public static SearchTerms? Parse(string? typed)
    {
        var text = Normalise(typed);
        return text.Length < MinLength ? null : new SearchTerms(text);
    }

    /// <summary>The first text that no longer starts with <paramref name="prefix"/>: prefix ≤ x &lt; this is a prefix match an index can answer.</summary>
    public static string UpperBoundOf(string prefix) => prefix + AfterEverything;

    /// <summary>A phone number's digits in order with anything between them (spaces, dashes, brackets), as a LIKE pattern made only of digits and %.</summary>
    public string? PhonePattern => PhoneDigits is null ? null : $"%{string.Join('%', PhoneDigits.ToCharArray())}%";

    public static string Normalise(string? typed)
    {
        var text = new StringBuilder(Math.Min(typed?.Length ?? 0, MaxLength));
        foreach (var c in (typed ?? "").Trim())
        {
            if (text.Length == MaxLength)
                break;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                    text.Append(' ');
                continue;
            }
            text.Append(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
        }
        return text.ToString().TrimEnd();
    }
}
