using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// The period and segment a dashboard shows. Cohort figures (funnel, acceptance, calibration) count the leads
/// created in the period; activity figures (touches, speed to lead, replies, trends) count what happened in it.
/// The segment (source, campaign, industry, size, owning rep) narrows the leads either way.
/// </summary>
public sealed record DashboardFilter(
    DateTime From, DateTime To, string? Source = null, string? Campaign = null, string? Industry = null,
    CompanySize? Size = null, string? OwnerId = null)
{
    /// <summary>Round-trip UTC times, to the tick, so an export counts exactly the period the page counted.</summary>
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public IQueryable<Lead> Apply(IQueryable<Lead> leads)
    {
        if (!string.IsNullOrEmpty(Source))
            leads = leads.Where(l => l.Source == Source);
        if (!string.IsNullOrEmpty(Campaign))
            leads = leads.Where(l => l.Campaign == Campaign);
        if (!string.IsNullOrEmpty(Industry))
            leads = leads.Where(l => l.Account!.Industry == Industry);
        if (Size is { } size)
        {
            var (min, max) = CompanySizes.RangeOf(size);
            leads = leads.Where(l => l.Account!.Employees >= min && l.Account.Employees <= max);
        }
        if (!string.IsNullOrEmpty(OwnerId))
            leads = leads.Where(l => l.OwnerId == OwnerId);
        return leads;
    }

    public bool InPeriod(DateTime at) => at >= From && at < To;

    /// <summary>The filter as a query string, so a drill-down's CSV link exports exactly what is on screen.</summary>
    public string ToQueryString(string figure) => QueryString.Create(new Dictionary<string, string?>
    {
        ["figure"] = figure,
        ["from"] = From.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["source"] = Source,
        ["campaign"] = Campaign,
        ["industry"] = Industry,
        ["size"] = Size?.ToString(),
        ["owner"] = OwnerId,
    }.Where(p => p.Value is not null)).ToUriComponent();

    /// <summary>Reads a filter from a query string, or says why it cannot: a missing, unreadable or out-of-range period, an unknown size.</summary>
    public static bool TryParse(IQueryCollection query, [NotNullWhen(true)] out DashboardFilter? filter, [NotNullWhen(false)] out string? problem)
    {
        filter = null;
        if (!TryDate(query["from"], out var from) || !TryDate(query["to"], out var to))
        {
            problem = "from and to are UTC times (yyyy-MM-ddTHH:mm:ssZ, fractions of a second allowed), from before to.";
            return false;
        }
        problem = ReportingPeriod.Problem(from, to);
        if (problem is not null)
            return false;
        CompanySize? size = null;
        if (Text(query["size"]) is { } sizeText)
        {
            if (!Enum.TryParse<CompanySize>(sizeText, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(sizeText[0]))
            {
                problem = $"size is one of {string.Join(", ", Enum.GetNames<CompanySize>())}.";
                return false;
            }
            size = parsed;
        }
        filter = new DashboardFilter(from, to, Text(query["source"]), Text(query["campaign"]), Text(query["industry"]), size, Text(query["owner"]));
        return true;

        static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
        static bool TryDate(string? value, out DateTime at) =>
            DateTime.TryParseExact(value, [DateFormat, "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out at);
    }
}
