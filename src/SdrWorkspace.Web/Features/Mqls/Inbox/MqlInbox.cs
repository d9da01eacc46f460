using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Mqls.Inbox;

public sealed record RecentEngagement(EngagementType Type, DateTime At, string? Subject);

public sealed record MqlInboxRow(
    int LeadId, string Name, string? Title, string? Company, string Source, string? Campaign, string? OwnerName,
    int Score, int Fit, int Engagement, IReadOnlyList<string> Highlights, string MqlReason,
    IReadOnlyList<RecentEngagement> Recent, DateTime MqlAt, SlaStatus Sla);

/// <summary>The SDR's side of marketing's hand-off: MQLs waiting for an answer, and the answer (accept, or reject with a reason).</summary>
public sealed class MqlInbox(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadWork work, TimeProvider clock)
{
    private const int MaxRows = 200;

    /// <summary>Oldest first: the one closest to breaching its SLA is the one to answer next.</summary>
    public async Task<IReadOnlyList<MqlInboxRow>> ListAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leads = await db.Leads.AsNoTracking().Where(LeadAccessPolicy.MqlsToAnswer(LeadAccess.ViewerOf(viewer)))
            .Include(l => l.Account)
            .OrderBy(l => l.StageChangedAt).ThenBy(l => l.Id)
            .Take(MaxRows)
            .ToListAsync(ct);
        var ids = leads.Select(l => l.Id).ToList();
        var events = (await db.EngagementEvents.AsNoTracking().Where(e => ids.Contains(e.LeadId)).ToListAsync(ct))
            .ToLookup(e => e.LeadId);
        // Why it became an MQL, as decided then: the score today may have decayed below the line.
        var reasons = (await db.StageChanges.AsNoTracking().Where(c => ids.Contains(c.LeadId) && c.To == LifecycleStage.MQL)
                .Select(c => new { c.LeadId, c.At, c.Id, c.Reason }).ToListAsync(ct))
            .GroupBy(c => c.LeadId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).Last().Reason);
        var ownerIds = leads.Select(l => l.OwnerId).OfType<string>().Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return leads.Select(l => Row(l, events[l.Id].ToList(), reasons.GetValueOrDefault(l.Id, ""), l.OwnerId is { } o ? owners.GetValueOrDefault(o) : null, definition, now)).ToList();
    }

    public Task<WorkResult> AcceptAsync(ClaimsPrincipal viewer, int leadId, CancellationToken ct = default) =>
        work.RunAsync(viewer, leadId, LeadChangeKind.Stage, op => { op.Db.MqlReviews.Add(MqlReview.Accept(op.Lead, op.By, op.Definition, op.Now)); }, ct);

    public Task<WorkResult> RejectAsync(ClaimsPrincipal viewer, int leadId, MqlRejectionReason reason, string? text, CancellationToken ct = default) =>
        work.RunAsync(viewer, leadId, LeadChangeKind.Stage, op => { op.Db.MqlReviews.Add(MqlReview.Reject(op.Lead, op.By, reason, text, op.Definition, op.Now)); }, ct);

    private static MqlInboxRow Row(Lead lead, List<EngagementEvent> events, string mqlReason, string? ownerName, QualificationDefinition definition, DateTime now)
    {
        var card = LeadScorer.Score(definition, lead.FitProfile, events.Select(e => e.ToFact()), now);
        var recent = events.OrderByDescending(e => e.OccurredAt).Take(3).Select(e => new RecentEngagement(e.Type, e.OccurredAt, e.Subject)).ToList();
        return new MqlInboxRow(
            lead.Id, lead.FullName, lead.Title, lead.Account?.Name, lead.Source, lead.Campaign, ownerName,
            card.Total, card.Fit, card.Engagement, card.Highlights ?? [], mqlReason, recent, lead.StageChangedAt,
            SlaClock.Status(definition.Sla, SlaKind.MqlAcceptance, lead.StageChangedAt, now));
    }
}
