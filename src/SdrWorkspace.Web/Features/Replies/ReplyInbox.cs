using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Leads;

namespace SdrWorkspace.Web.Features.Replies;

/// <summary>Uncoded replies the viewer may code: an SDR's own leads', a manager's everyone's. Newest high intent first.</summary>
public sealed class ReplyInbox(IDbContextFactory<SdrDbContext> contexts)
{
    public const int PageSize = 50;

    public async Task<InboxPage> UncodedAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var visible = db.Leads.AsNoTracking().Where(LeadAccess.WorkableBy(viewer));
        var uncoded = db.EngagementEvents.AsNoTracking()
            .Where(e => e.Type == EngagementType.EmailReply && e.Disposition == null)
            .Where(e => visible.Any(l => l.Id == e.LeadId));
        var total = await uncoded.CountAsync(ct);
        var rows = await uncoded
            .Join(visible, e => e.LeadId, l => l.Id, (e, l) => new
            {
                e.Id, e.LeadId, Name = l.FirstName + " " + l.LastName, l.Email, Company = l.Account!.Name, l.Stage,
                l.LastHighIntentAt, e.OccurredAt, e.Subject, e.Text,
            })
            .OrderByDescending(r => r.LastHighIntentAt != null)
            .ThenByDescending(r => r.OccurredAt)
            .Take(PageSize)
            .ToListAsync(ct);
        // A lead that raised its hand is flagged, unless this reply is recognisably something else (later, away, stop).
        return new InboxPage(rows.Select(r => (Row: r, Suggestion: ReplyClassifier.Suggest(r.Text, r.OccurredAt)))
            .Select(x => new InboxReply(x.Row.Id, x.Row.LeadId, x.Row.Name, x.Row.Email, x.Row.Company, x.Row.Stage,
                x.Row.LastHighIntentAt is not null && x.Suggestion is null, x.Row.OccurredAt, x.Row.Subject, x.Row.Text, x.Suggestion)).ToList(), total);
    }
}

/// <summary>The first replies to code, and how many are waiting in all.</summary>
public sealed record InboxPage(IReadOnlyList<InboxReply> Replies, int Total);

public sealed record InboxReply(
    long EventId, int LeadId, string Name, string Email, string? Company, LifecycleStage Stage, bool HighIntent,
    DateTime ReceivedAt, string? Subject, string? Text, ReplySuggestion? Suggestion);
