using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Search;
using SdrWorkspace.Web.Features.Leads;

namespace SdrWorkspace.Web.Features.Search;

public sealed record LeadHit(int Id, string Name, string Email, string? Company, string? Phone, LifecycleStage Stage, string? OwnerName);

/// <summary>A company and how many of its leads the viewer may see.</summary>
public sealed record AccountHit(int Id, string Name, int Leads);

public sealed record SearchResults(IReadOnlyList<LeadHit> Leads, IReadOnlyList<AccountHit> Accounts)
{
    public static readonly SearchResults None = new([], []);

    /// <summary>Leads first, then accounts, as the search box lists them.</summary>
    public IReadOnlyList<SearchHit> Hits =>
        [.. Leads.Select(l => new SearchHit(l.Name, $"leads/{l.Id}", Lead: l)),
         .. Accounts.Select(a => new SearchHit(a.Name, $"leads?q={Uri.EscapeDataString(a.Name)}", Account: a))];
}

/// <summary>
/// One line of the search box and where it opens: a lead opens its page; an account opens the lead list showing
/// that company's leads (there is no account page, and its leads are what someone picking a company wants to work).
/// </summary>
public sealed record SearchHit(string Label, string Href, LeadHit? Lead = null, AccountHit? Account = null);

/// <summary>
/// The app bar's search: leads and accounts by name, email, company and phone, only among the leads the viewer
/// may see (<see cref="LeadAccess"/>), best score first and few of them, so it answers while someone types.
/// </summary>
public sealed class SearchQueries(IDbContextFactory<SdrDbContext> contexts)
{
    public const int MaxLeads = 8;
    public const int MaxAccounts = 5;

    public async Task<SearchResults> FindAsync(ClaimsPrincipal viewer, string? typed, CancellationToken ct = default)
    {
        if (SearchTerms.Parse(typed) is not { } terms)
            return SearchResults.None;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = db.Leads.AsNoTracking().Where(LeadAccess.VisibleTo(viewer));
        var leads = await visible.Matching(db, terms)
            .OrderByDescending(l => l.Score).ThenBy(l => l.Id)
            .Take(MaxLeads)
            .Select(l => new LeadHit(l.Id, l.FirstName + " " + l.LastName, l.Email, l.Account!.Name, l.Phone, l.Stage,
                db.Users.Where(u => u.Id == l.OwnerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        // An account is found only through leads the viewer may see, so a search does not reveal other teams' companies.
        var accounts = terms.PhonePattern is not null ? [] : await db.Accounts.AsNoTracking().Where(LeadSearch.Accounts(terms))
            .Select(a => new { a.Id, a.Name, Leads = visible.Count(l => l.AccountId == a.Id) })
            .Where(a => a.Leads > 0)
            .OrderByDescending(a => a.Leads).ThenBy(a => a.Name)
            .Take(MaxAccounts)
            .ToListAsync(ct);
        return new SearchResults(leads, accounts.Select(a => new AccountHit(a.Id, a.Name, a.Leads)).ToList());
    }
}

/// <summary>The search's match as a filter on any lead query: the app bar's search and the lists' text filter agree.</summary>
public static class TextSearch
{
    /// <summary>
    /// A search that reads as a phone number matches phones by their digits (a scan, but only of the leads the
    /// viewer may see); any other matches names, emails and companies through their indexes.
    /// </summary>
    public static IQueryable<Lead> Matching(this IQueryable<Lead> leads, SdrDbContext db, SearchTerms terms) =>
        terms.PhonePattern is { } pattern
            ? leads.Where(l => l.Phone != null && EF.Functions.Like(l.Phone, pattern))
            : leads.Where(LeadSearch.Leads(terms, db.Accounts.Where(LeadSearch.Accounts(terms)).Select(a => a.Id)));
}
