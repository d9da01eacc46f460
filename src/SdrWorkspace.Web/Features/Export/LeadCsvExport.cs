using System.Globalization;
using System.Security.Claims;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Leads;

namespace SdrWorkspace.Web.Features.Export;

/// <summary>
/// Exports a lead list (what the viewer may see, with the list's filter) to CSV. Every text cell goes
/// through <see cref="SpreadsheetText.Safe"/>, so a name like "=HYPERLINK(...)" stays text in a spreadsheet.
/// </summary>
public sealed class LeadCsvExport(IDbContextFactory<SdrDbContext> contexts, TimeProvider clock)
{
    private static readonly string[] Header =
    [
        "Id", "First name", "Last name", "Email", "Title", "Phone", "Company", "Company domain", "Stage", "Score", "Fit",
        "Engagement", "Source", "Campaign", "Owner", "Do not contact", "Created",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/leads/export.csv", (HttpContext http, string? stage, string? source, string? owner, string? q, LeadCsvExport export) =>
            export.WriteAsync(http, http.User, new LeadListFilter(
                Enum.TryParse<LifecycleStage>(stage, ignoreCase: true, out var s) ? s : null, source, owner, q)));

    public Task WriteAsync(HttpContext http, ClaimsPrincipal viewer, LeadListFilter filter) =>
        WriteAsync(http, viewer, "leads", filter.Apply);

    /// <summary>Exports the given leads (a dashboard figure's drill-down), as far as the viewer may see them.</summary>
    public Task WriteAsync(HttpContext http, ClaimsPrincipal viewer, string name, IReadOnlyCollection<int> leadIds) =>
        WriteAsync(http, viewer, name, (leads, _) => leads.Where(l => leadIds.Contains(l.Id)));

    private async Task WriteAsync(HttpContext http, ClaimsPrincipal viewer, string name, Func<IQueryable<Lead>, SdrDbContext, IQueryable<Lead>> select)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{clock.GetUtcNow():yyyy-MM-dd}.csv\"";
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var rows = select(db.Leads.AsNoTracking().Where(LeadAccess.VisibleTo(viewer)), db)
            .OrderByDescending(l => l.Score).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id, l.FirstName, l.LastName, l.Email, l.Title, l.Phone, Company = l.Account!.Name, Domain = l.Account!.Domain,
                l.Stage, l.Score, l.FitScore, l.EngagementScore, l.Source, l.Campaign,
                Owner = db.Users.Where(u => u.Id == l.OwnerId).Select(u => u.Email).FirstOrDefault(),
                l.DoNotContact, l.CreatedAt,
            })
            .AsAsyncEnumerable();

        await using var writer = new StreamWriter(http.Response.Body);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in Header)
            csv.WriteField(column);
        await csv.NextRecordAsync();
        await foreach (var l in rows)
        {
            csv.WriteField(l.Id);
            foreach (var text in new[] { l.FirstName, l.LastName, l.Email, l.Title, l.Phone, l.Company, l.Domain })
                csv.WriteField(SpreadsheetText.Safe(text));
            csv.WriteField(l.Stage.ToString());
            csv.WriteField(l.Score);
            csv.WriteField(l.FitScore);
            csv.WriteField(l.EngagementScore);
            csv.WriteField(SpreadsheetText.Safe(l.Source));
            csv.WriteField(SpreadsheetText.Safe(l.Campaign));
            csv.WriteField(SpreadsheetText.Safe(l.Owner));
            csv.WriteField(l.DoNotContact ? "yes" : "no");
            csv.WriteField(l.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            await csv.NextRecordAsync();
        }
    }
}
