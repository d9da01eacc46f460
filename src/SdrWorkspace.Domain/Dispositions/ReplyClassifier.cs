using System.Globalization;
using System.Text.RegularExpressions;

namespace SdrWorkspace.Domain.Dispositions;

/// <summary>A code the app proposes for a reply; the SDR confirms or changes it, it never applies itself.</summary>
public sealed record ReplySuggestion(DispositionCode Code, string Why, DateOnly? Date = null, string? ReferredTo = null);

/// <summary>
/// Suggests a disposition where a reply is easy to recognise: bounces, unsubscribe requests, out-of-office
/// notices (with the return date when one is given), referrals to a named colleague, and "not now, later"
/// replies (Timing, with the day to come back). Precedence follows what the reply asks of us: stop (bounce,
/// unsubscribe) beats away (out of office) beats someone else (referral) beats later (timing); a friendly
/// word in a "later" reply never makes it interest. Anything else that needs judgement is left to the SDR.
/// </summary>
public static partial class ReplyClassifier
{
    public static ReplySuggestion? Suggest(string? text, DateTime receivedAt)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (Bounce().IsMatch(text))
            return new ReplySuggestion(DispositionCode.WrongContact, "Looks like a bounce");
        if (Unsubscribe().IsMatch(text))
            return new ReplySuggestion(DispositionCode.Unsubscribe, "Asks to be removed");
        if (OutOfOffice().IsMatch(text))
        {
            var back = ReturnDate(text, DateOnly.FromDateTime(receivedAt));
            return new ReplySuggestion(DispositionCode.OutOfOffice,
                back is { } d ? $"Out of office until {d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : "Out of office", back);
        }
        if (Referral().Match(text) is { Success: true } referral)
        {
            var name = referral.Groups["name"].Value;
            return new ReplySuggestion(DispositionCode.Referral, $"Refers to {name}", ReferredTo: name);
        }
        var later = LaterDate(text, DateOnly.FromDateTime(receivedAt));
        if (NotNow().IsMatch(text) || (FollowUp().IsMatch(text) && later is not null))
        {
            return new ReplySuggestion(DispositionCode.Timing,
                later is { } d ? $"Asks to come back on {d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : "Asks to come back later", later);
        }
        return null;
    }

    /// <summary>
    /// The day a "later" reply points to, from the first time phrase in it, counted from the day it was received:
    /// a quarter ("in Q2": the next start of Q2), "next quarter", a month ("in March": the next 1 March; "after March":
    /// 1 April), "next month", "next year", "after the holidays" (the first Monday of January), "after the summer",
    /// or "in six months" / "in 3 weeks". Null when it names none.
    /// </summary>
    public static DateOnly? LaterDate(string text, DateOnly received)
    {
        var found = new List<(int At, DateOnly Date)>();
        foreach (Match m in Quarter().Matches(text))
        {
            var month = 3 * (int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) - 1) + 1;
            found.Add((m.Index, m.Groups["year"].Success ? new DateOnly(Year(m.Groups["year"].Value), month, 1) : NextFirstOf(received, month)));
        }
        foreach (Match m in MonthName().Matches(text))
        {
            var month = Month(m.Groups["month"].Value);
            var first = NextFirstOf(received, month);
            found.Add((m.Index, m.Groups["after"].Success ? first.AddMonths(1) : first));
        }
        foreach (Match m in Relative().Matches(text))
            found.Add((m.Index, Relative(m, received)));
        return found.Count == 0 ? null : found.MinBy(f => f.At).Date;
    }

    private static DateOnly Relative(Match m, DateOnly received)
    {
        var phrase = m.Value.ToLowerInvariant();
        if (m.Groups["count"].Success)
        {
            var count = Count(m.Groups["count"].Value);
            return m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? received.AddDays(7 * count) : received.AddMonths(count);
        }
        if (phrase.Contains("quarter", StringComparison.Ordinal))
        {
            var nextQuarter = (received.Month - 1) / 3 * 3 + 4;
            return NextFirstOf(received, nextQuarter > 12 ? 1 : nextQuarter);
        }
        if (phrase.Contains("month", StringComparison.Ordinal))
            return new DateOnly(received.Year, received.Month, 1).AddMonths(1);
        if (phrase.Contains("summer", StringComparison.Ordinal))
            return NextFirstOf(received, 9);
        var january = new DateOnly(received.Year + 1, 1, 1);
        if (!phrase.Contains("holiday", StringComparison.Ordinal))
            return january;
        // The first Monday after New Year's Day: the first working week back.
        var monday = january.AddDays(((int)DayOfWeek.Monday - (int)january.DayOfWeek + 7) % 7);
        return monday == january ? monday.AddDays(7) : monday;
    }

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1,
        "two" or "a couple of" => 2,
        "three" or "a few" or "few" => 3,
        "four" => 4,
        "six" => 6,
        "twelve" => 12,
        var n => int.Parse(n, CultureInfo.InvariantCulture),
    };

    private static int Year(string digits) => digits.Length == 2 ? 2000 + int.Parse(digits, CultureInfo.InvariantCulture) : int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>The first day of the given month that falls after the day received.</summary>
    private static DateOnly NextFirstOf(DateOnly received, int month)
    {
        var first = new DateOnly(received.Year, month, 1);
        return first > received ? first : first.AddYears(1);
    }

    /// <summary>The first date after "until", "back on" or "returning" that falls after the reply; the next such day if no year is given.</summary>
    public static DateOnly? ReturnDate(string text, DateOnly received)
    {
        var after = ReturnMarker().Match(text);
        if (!after.Success)
            return null;
        var rest = text[(after.Index + after.Length)..];

        if (IsoDate().Match(rest) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            return exact;
        if (MonthDay().Match(rest) is { Success: true } md)
            return NextOn(received, Month(md.Groups["month"].Value), int.Parse(md.Groups["day"].Value, CultureInfo.InvariantCulture));
        if (DayMonth().Match(rest) is { Success: true } dm)
            return NextOn(received, Month(dm.Groups["month"].Value), int.Parse(dm.Groups["day"].Value, CultureInfo.InvariantCulture));
        if (DayOnly().Match(rest) is { Success: true } day)
            return NextDayOfMonth(received, int.Parse(day.Groups["day"].Value, CultureInfo.InvariantCulture));
        return null;
    }

    private static int Month(string name) =>
        DateTime.ParseExact(name[..3], "MMM", CultureInfo.InvariantCulture).Month;

    private static DateOnly? NextOn(DateOnly received, int month, int day)
    {
        for (var year = received.Year; year <= received.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date > received)
                return date;
        }
        return null;
    }

    private static DateOnly? NextDayOfMonth(DateOnly received, int day)
    {
        for (var month = new DateOnly(received.Year, received.Month, 1); month <= received.AddMonths(2); month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var date && date > received)
                return date;
        }
        return null;
    }

    private const string Months = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"delivery (has )?failed|undeliverable|could not be delivered|address (could not be|was not) found|mailbox (is )?unavailable|delivery status notification|user unknown", RegexOptions.IgnoreCase)]
    private static partial Regex Bounce();

    [GeneratedRegex(@"unsubscribe|remove me from|take me off|stop (e-?mailing|contacting) me|opt(?:ed)? out|do not (e-?mail|contact) me", RegexOptions.IgnoreCase)]
    private static partial Regex Unsubscribe();

    [GeneratedRegex(@"out of (the )?office|\bOOO\b|on (annual |parental )?leave|on vacation|on holiday|away from (the )?office|automatic reply|auto-?reply", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfOffice();

    [GeneratedRegex(@"\b(until|till|back on|back in the office on|returning(?: on)?|return on|back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnMarker();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?" + Months + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + Months + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"\bnot (?:a|the|our) (?:top |big |high )?priority|\bnot (?:the )?right (?:time|now)|\bnot a good time|\b(?:bad|wrong|poor) timing|\btiming is(?:n't| not)? (?:bad|off|wrong|not right)|\bno budget (?:until|till|before|for now)|\blocked in(?:to)?\b.{0,60}\buntil\b|\bnot (?:right )?now\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotNow();

    [GeneratedRegex(@"\b(?:reach(?:ing)? out|circle back|follow(?:ing)? up|get back to|touch base|check back|check in|reconnect|revisit|ping me|try me|contact me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\bQ(?<q>[1-4])\b(?:\s*(?:'|FY)?(?<year>20\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:(?<after>after)|in|until|till|by|from|around|before|early|mid|late|end of|start of|beginning of)\s+(?:early\s+|mid-?\s*|late\s+)?" + Months + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\bnext (?:quarter|month|year)\b|\bnew year\b|\bafter the (?:holidays|summer)\b|\bin (?<count>\d{1,2}|a|one|two|three|four|six|twelve|a few|a couple of) (?<unit>months?|weeks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    // A colleague named with at least two capitalised words after a hand-off phrase.
    [GeneratedRegex(@"(?:talk|speak|reach out|write|get in touch|connect)\s+(?:to|with)\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+)|(?:please\s+)?(?:contact|try|ask|email)\s+(?<name>\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+)")]
    private static partial Regex Referral();
}
