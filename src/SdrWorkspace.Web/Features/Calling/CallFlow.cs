using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Queue;

namespace SdrWorkspace.Web.Features.Calling;

/// <summary>What the SDR has in front of them while calling one lead.</summary>
public sealed record CallSheet(
    QueueRow Row, Lead Lead, ContactZone? Zone, IReadOnlyList<ScoreFactor> TopReasons,
    IReadOnlyList<TouchRow> LastTouches, IReadOnlyList<EngagementEvent> LastReplies);

/// <summary>Where a run of calls stands: the lead to call now (none when the queue is done) and how many calls were logged.</summary>
public sealed record CallStep(CallSheet? Lead, int CallsMade)
{
    public bool QueueDone => Lead is null;
}

/// <summary>
/// Calling through the queue: the next lead is the first of the queue (its filter and order, as the domain ranks it)
/// that the SDR has neither called since the run started nor passed over. A lead just logged leaves the run even where
/// the queue still ranks it high; its next attempt comes back when the cadence makes it due.
/// </summary>
public sealed class CallFlow(IDbContextFactory<SdrDbContext> contexts, QueueService queue, LeadQueries leads)
{
    public const int TopReasonCount = 3;
    public const int RecentCount = 5;

    public async Task<CallStep> NextAsync(ClaimsPrincipal viewer, CallSession session, CancellationToken ct = default)
    {
        var since = session.StartedAt ?? throw new ArgumentException("A run of calls starts at a time.", nameof(session));
        var (called, calls) = await CalledSinceAsync(viewer, since, ct);
        var done = called.Concat(session.Passed).ToHashSet();
        QueueCursor? after = null;
        do
        {
            var page = await queue.LoadAsync(viewer, session.Filter, after, QueueService.PageSize, ct);
            foreach (var row in page.Rows.Where(r => !done.Contains(r.LeadId)))
            {
                // A lead reassigned between the queue's read and this one is simply not this SDR's to call any more.
                if (await OpenAsync(viewer, row, ct) is { } sheet)
                    return new CallStep(sheet, calls);
            }
            after = page.Next;
        }
        while (after is not null);
        return new CallStep(null, calls);
    }

    /// <summary>The call sheet of a queue row, or null when the lead does not exist or the viewer may not see it (indistinguishable on purpose).</summary>
    public async Task<CallSheet?> OpenAsync(ClaimsPrincipal viewer, QueueRow row, CancellationToken ct = default)
    {
        if (await leads.GetAsync(viewer, row.LeadId, ct) is not { } detail)
            return null;
        return new CallSheet(
            row,
            detail.Lead,
            ContactZones.Of(detail.Lead.Account?.Country),
            detail.Score.TopReasons(TopReasonCount),
            detail.Touches.Take(RecentCount).ToList(),
            detail.Events.Where(e => e.IsReply).Take(RecentCount).ToList());
    }

    /// <summary>The leads the viewer logged a call on since the run started, and how many calls that was.</summary>
    private async Task<(IReadOnlyList<int> Leads, int Calls)> CalledSinceAsync(ClaimsPrincipal viewer, DateTime since, CancellationToken ct)
    {
        var me = viewer.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leadIds = await db.Touches.AsNoTracking()
            .Where(t => t.ByUserId == me && t.Channel == TouchChannel.Call && t.At >= since)
            .Select(t => t.LeadId)
            .ToListAsync(ct);
        return (leadIds.Distinct().ToList(), leadIds.Count);
    }
}
