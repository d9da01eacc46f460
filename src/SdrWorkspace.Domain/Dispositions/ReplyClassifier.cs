using System.Globalization;
using System.Text.RegularExpressions;

namespace SdrWorkspace.Domain.Dispositions;

/// <summary>A code the app proposes for a reply; the SDR confirms or changes it, it never applies itself.</summary>
public sealed record ReplySuggestion(DispositionCode Code, string Why, DateOnly? Date = null, string? ReferredTo = null);

/// <summary>
/// Suggests a disposition where a reply is easy to recognise: bounces, unsubscribe requests, out-of-office
/// notices (with the return date when one is given) and referrals to a named colleague. Anything that needs
/// judgement (interest, timing, objections) is left to the SDR.
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
        return null;
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

    // A colleague named with at least two capitalised words after a hand-off phrase.
    [GeneratedRegex(@"(?:talk|speak|reach out|write|get in touch|connect)\s+(?:to|with)\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+)|(?:please\s+)?(?:contact|try|ask|email)\s+(?<name>\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+)")]
    private static partial Regex Referral();
}
