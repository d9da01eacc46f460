using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Web.Features.Api;

/// <summary>Leads as the API shows them, with the engine's explanation of the score.</summary>
public sealed class LeadResources(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<LeadResource?> GetAsync(int id, CancellationToken ct = default) =>
        (await FindAsync(q => q.Where(l => l.Id == id), 1, ct)).FirstOrDefault();

    /// <summary>Leads by id, after <paramref name="afterId"/> (keyset paging), optionally one email or one stage.</summary>
    public Task<IReadOnlyList<LeadResource>> ListAsync(string? email, LifecycleStage? stage, int afterId, int limit, CancellationToken ct = default) =>
        FindAsync(q =>
        {
            if (!string.IsNullOrWhiteSpace(email))
                q = q.Where(l => l.Email == email.Trim());
            if (stage is { } s)
                q = q.Where(l => l.Stage == s);
            return q.Where(l => l.Id > afterId).OrderBy(l => l.Id);
        }, Math.Clamp(limit, 1, MaxPageSize), ct);

    private async Task<IReadOnlyList<LeadResource>> FindAsync(Func<IQueryable<Lead>, IQueryable<Lead>> query, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leads = await query(db.Leads.AsNoTracking().Include(l => l.Account)).Take(limit).ToListAsync(ct);
        var ids = leads.Select(l => l.Id).ToList();
        var ownerIds = leads.Select(l => l.OwnerId).OfType<string>().Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var facts = (await db.EngagementEvents.AsNoTracking().Where(e => ids.Contains(e.LeadId))
                .Select(e => new { e.LeadId, Fact = new EngagementFact(e.Type, e.OccurredAt, e.Url, e.Disposition) })
                .ToListAsync(ct))
            .ToLookup(e => e.LeadId, e => e.Fact);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        return leads.Select(l =>
        {
            var card = LeadScorer.Score(definition, l.FitProfile, facts[l.Id], now);
            return new LeadResource(l.Id, l.Email, l.FirstName, l.LastName, l.Title, l.Phone, l.Source, l.Campaign,
                l.Account is { } a ? new CompanyResource(a.Name, a.Domain, a.Industry, a.Employees, a.AnnualRevenue, a.Country) : null,
                l.Stage.ToString(), l.FitScore, l.EngagementScore, l.Score, l.DoNotContact,
                l.OwnerId is null ? null : owners.GetValueOrDefault(l.OwnerId), l.DefinitionVersion,
                card.Factors.Select(f => new ScoreFactorResource(f.Factor, f.Points)).ToList());
        }).ToList();
    }
}

public sealed record LeadResource(
    int Id, string Email, string FirstName, string LastName, string? Title, string? Phone, string Source, string? Campaign,
    CompanyResource? Company, string Stage, int FitScore, int EngagementScore, int Score, bool DoNotContact,
    string? Owner, int DefinitionVersion, IReadOnlyList<ScoreFactorResource> ScoreBreakdown);

public sealed record CompanyResource(string Name, string? Domain, string? Industry, int? Employees, decimal? AnnualRevenue, string? Country);

public sealed record ScoreFactorResource(string Factor, double Points);
