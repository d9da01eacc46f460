using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using SdrWorkspace.Web.Features.Export;

namespace SdrWorkspace.Web.Features.Bulk;

/// <summary>
/// Exports a selection to CSV through the one lead export (only leads the user may see, spreadsheet-safe cells).
/// A selection can hold thousands of leads, too many for a link, so the screen keeps it here for a few minutes
/// under a random key only the same user can download with.
/// </summary>
public sealed class BulkExport(IMemoryCache selections)
{
    public const string Path = "/leads/export-selection.csv";
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private sealed record KeptSelection(string UserId, IReadOnlyCollection<int> LeadIds);

    /// <summary>Keeps the selection for its download and returns the link (relative, as the app's links are).</summary>
    public string Link(ClaimsPrincipal user, IEnumerable<int> leadIds)
    {
        var key = Guid.NewGuid().ToString("N");
        selections.Set(CacheKey(key), new KeptSelection(UserIdOf(user), leadIds.ToHashSet()), KeptFor);
        return $"{Path.TrimStart('/')}?selection={key}";
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Path, async (HttpContext http, string? selection, BulkExport bulk, LeadCsvExport export) =>
        {
            if (bulk.Kept(http.User, selection) is not { } leadIds)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such selection",
                    detail: "This download link has expired or is someone else's. Select the leads again and export.");
            await export.WriteAsync(http, http.User, "leads-selection", leadIds);
            return Results.Empty;
        });

    /// <summary>The kept selection, if this user kept it; null for an unknown, expired or someone else's key.</summary>
    private IReadOnlyCollection<int>? Kept(ClaimsPrincipal user, string? key) =>
        key is not null && selections.TryGetValue(CacheKey(key), out KeptSelection? kept) && kept!.UserId == UserIdOf(user) ? kept.LeadIds : null;

    private static string CacheKey(string key) => $"bulk-export:{key}";

    private static string UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
