using System.Globalization;
using System.Net.Mail;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Ingestion;

/// <summary>
/// The checks every incoming lead and event passes, the same for the API and the importer, so that what
/// reaches the domain and the database is always storable (lengths from <see cref="TextLimits"/>, measured
/// on the trimmed text the domain stores).
/// </summary>
public static class IngestionValidation
{
    public const string EmployeesField = "company.employees";
    public const string AnnualRevenueField = "company.annualRevenue";
    public static readonly IReadOnlyList<string> NumberFields = [EmployeesField, AnnualRevenueField];

    /// <summary>
    /// What a numeric field takes ("must be a whole number between 0 and 10,000,000"), for the API's and the importer's
    /// refusals alike, including of a value its type cannot even hold; null for a field that is not a number.
    /// </summary>
    public static string? NumberRequirement(string field) => field switch
    {
        EmployeesField => Ranges.Employees.WholeNumberRequirement,
        AnnualRevenueField => Ranges.AnnualRevenue.Requirement,
        _ => null,
    };

    public static FieldErrors Validate(LeadInput lead)
    {
        var errors = new FieldErrors();
        Email(errors, "email", lead.Email);
        Length(errors, "firstName", lead.FirstName, Lead.NameMaxLength);
        Length(errors, "lastName", lead.LastName, Lead.NameMaxLength);
        Length(errors, "title", lead.Title, Lead.TitleMaxLength);
        Length(errors, "phone", lead.Phone, Lead.PhoneMaxLength);
        Length(errors, "source", lead.Source, Lead.SourceMaxLength);
        Length(errors, "campaign", lead.Campaign, Lead.CampaignMaxLength);
        if (lead.Company is { } company)
        {
            Length(errors, "company.name", company.Name, Account.NameMaxLength);
            Length(errors, "company.industry", company.Industry, Account.IndustryMaxLength);
            Length(errors, "company.country", company.Country, Account.CountryMaxLength);
            if (company.Domain is { Length: > 0 } domain && (domain.Length > Account.DomainMaxLength || !domain.Contains('.') || domain.Contains('@') || domain.Contains(' ')))
                errors.Add("company.domain", "must be a domain such as example.com");
            if (company.Employees is { } employees && !Ranges.Employees.Contains(employees))
                errors.Add(EmployeesField, NumberRequirement(EmployeesField)!);
            if (company.AnnualRevenue is { } revenue && !Ranges.AnnualRevenue.Contains(revenue))
                errors.Add(AnnualRevenueField, NumberRequirement(AnnualRevenueField)!);
        }
        return errors;
    }

    public static FieldErrors Validate(EventInput e, DateTime now)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(e.EventId))
            errors.Add("eventId", "is required");
        else if (e.EventId.Length > EngagementEvent.ExternalIdMaxLength)
            errors.Add("eventId", $"is longer than {EngagementEvent.ExternalIdMaxLength} characters (an id is kept exactly as sent, spaces too)");
        Email(errors, "email", e.Email);
        if (!EngagementTypes.TryParse(e.Type, out _))
            errors.Add("type", $"must be one of {string.Join(", ", Enum.GetValues<EngagementType>().Select(t => t.Code()))}");
        if (string.IsNullOrWhiteSpace(e.OccurredAt))
            errors.Add("occurredAt", "is required");
        else if (ParseTime(e.OccurredAt) is not { } at)
            errors.Add("occurredAt", "is not a date and time such as 2026-11-23T10:00:00Z");
        else if (at > now.AddDays(1))
            errors.Add("occurredAt", "is in the future");
        Length(errors, "url", e.Url, EngagementEvent.UrlMaxLength);
        Length(errors, "subject", e.Subject, EngagementEvent.SubjectMaxLength);
        Length(errors, "text", e.Text, EngagementEvent.TextMaxLength);
        return errors;
    }

    /// <summary>An ISO 8601 time as UTC; one without an offset is taken as UTC.</summary>
    public static DateTime? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.UtcDateTime : null;

    /// <summary>The one spelling of an email the store keys on: trimmed and lower case.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    private static void Email(FieldErrors errors, string field, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
            errors.Add(field, "is required");
        else if (email.Trim().Length > Lead.EmailMaxLength || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim() || !parsed.Host.Contains('.'))
            errors.Add(field, "is not a valid email address");
    }

    private static void Length(FieldErrors errors, string field, string? value, int max)
    {
        if (!TextLimits.Fits(value, max))
            errors.Add(field, $"is longer than {max} characters");
    }
}
