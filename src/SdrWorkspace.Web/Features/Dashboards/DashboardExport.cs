using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Export;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>A dashboard figure's leads as CSV, through the one lead export (spreadsheet-safe cells).</summary>
public static partial class DashboardExport
{
    public const string Path = "/dashboards/export.csv";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Path, async (HttpContext http, string? figure, DashboardQueries dashboards, LeadCsvExport export) =>
        {
            if (!DashboardFilter.TryParse(http.Request.Query, out var filter, out var problem))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Say which period to export", detail: problem);
            if (!DashboardQueries.MayFilter(http.User, filter))
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not for your role", detail: DashboardQueries.RepFilterRefused);
            if (string.IsNullOrWhiteSpace(figure) || await dashboards.FigureAsync(http.User, filter, figure, http.RequestAborted) is not { } found)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such figure",
                    detail: "The dashboard has no figure of that name for you and this filter.");
            await export.WriteAsync(http, http.User, FileName(found.Key), found.LeadIds);
            return Results.Empty;
        }).RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.Manager},{Roles.Marketing}" });

    private static string FileName(string key) => "leads-" + Unsafe().Replace(key, "-").Trim('-').ToLowerInvariant();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Unsafe();
}
