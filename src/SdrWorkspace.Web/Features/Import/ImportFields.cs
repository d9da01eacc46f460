namespace SdrWorkspace.Web.Features.Import;

public enum ImportKind
{
    Leads,
    Events,
}

/// <summary>One field a CSV column can be mapped to, with the header spellings it is recognised by.</summary>
public sealed record ImportField(string Name, string Label, bool Required, params string[] Aliases)
{
    public bool Matches(string header)
    {
        var compact = Compact(header);
        return compact == Compact(Name) || compact == Compact(Label) || Aliases.Any(a => Compact(a) == compact);
    }

    private static string Compact(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}

public static class ImportFields
{
    public static readonly IReadOnlyList<ImportField> Leads =
    [
        new("email", "Email", true, "email address", "e-mail"),
        new("firstName", "First name", false, "firstname", "given name"),
        new("lastName", "Last name", false, "surname", "family name"),
        new("title", "Title", false, "job title"),
        new("phone", "Phone", false, "phone number", "telephone"),
        new("source", "Source", false, "lead source"),
        new("campaign", "Campaign", false),
        new("company", "Company", false, "company name", "account", "organization"),
        new("domain", "Company domain", false, "website", "company website"),
        new("industry", "Industry", false),
        new("employees", "Employees", false, "company size", "headcount"),
        new("annualRevenue", "Annual revenue", false, "revenue"),
        new("country", "Country", false),
    ];

    public static readonly IReadOnlyList<ImportField> Events =
    [
        new("eventId", "Event id", true, "id", "external id"),
        new("email", "Email", true, "email address"),
        new("type", "Type", true, "event type", "event"),
        new("occurredAt", "Occurred at", true, "date", "timestamp", "time"),
        new("url", "URL", false, "page", "link"),
        new("subject", "Subject", false),
        new("text", "Text", false, "body", "reply"),
    ];

    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind == ImportKind.Leads ? Leads : Events;
}
