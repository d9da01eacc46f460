namespace SdrWorkspace.Domain.Common;

/// <summary>
/// How long each kind of text may be, in one place for the domain, the API, the importer, the forms and the
/// database columns. A limit applies to what is stored: text is trimmed first, then measured, and the
/// trimmed text is what is kept. Lengths count UTF-16 code units, as .NET strings, a browser's maxlength and
/// the columns do, so an emoji counts two and a text at the limit in any script fits everywhere.
/// </summary>
public static class TextLimits
{
    public const int Email = 254;
    public const int PersonName = 100;
    public const int JobTitle = 200;
    public const int Phone = 50;
    public const int CompanyName = 200;
    public const int Domain = 253;
    public const int Industry = 100;
    public const int Country = 100;
    public const int Source = 100;
    public const int Campaign = 200;
    /// <summary>A sender's event id, kept exactly as sent (it is an identity, not text to tidy).</summary>
    public const int ExternalId = 200;
    public const int Url = 2000;
    public const int Subject = 500;
    /// <summary>The text of an engagement event: a reply's body, a form's message.</summary>
    public const int EventText = 20000;
    /// <summary>Stage-change, disqualification, return, reopen reasons and next-action notes.</summary>
    public const int Reason = 1000;
    /// <summary>MQL rejection notes.</summary>
    public const int RejectionNote = 1000;
    /// <summary>Comments on a rejection thread, notes on a coded reply.</summary>
    public const int Comment = 2000;
    public const int TouchNote = 4000;
    public const int Evidence = 4000;
    public const int QualificationNotes = 20000;
    public const int DefinitionTitle = 200;
    /// <summary>One value an ICP criterion matches ("Software"), and the whole list of them as typed in the editor.</summary>
    public const int DefinitionMatchValue = 200;
    public const int DefinitionMatches = 2000;
    public const int DefinitionNote = 2000;
    public const int AdoptionReason = 2000;
    public const int Actor = 256;

    /// <summary>The text as stored: trimmed, or null when blank.</summary>
    public static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Whether the text, once trimmed, is within <paramref name="limit"/>; blank and null fit.</summary>
    public static bool Fits(string? value, int limit) => value is null || value.AsSpan().Trim().Length <= limit;

    /// <summary>The text as stored (trimmed, null when blank); a <see cref="DomainException"/> naming the field when it is longer than its limit.</summary>
    public static string? Require(string? value, int limit, string field)
    {
        if (!Fits(value, limit))
            throw new DomainException(TooLong(field, limit));
        return Normalize(value);
    }

    /// <summary>"Notes are limited to 20,000 characters." said the same way everywhere.</summary>
    public static string TooLong(string field, int limit) => $"{field} is limited to {limit:N0} characters.";
}
