using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Touches;

/// <summary>Logging outbound touches and planning next steps on a lead the user may work.</summary>
public sealed class TouchService(IDbContextFactory<SdrDbContext> contexts, LeadChangeFeed feed, TimeProvider clock)
{
    /// <summary>How long a logged touch can still be taken back: long enough to notice a slip of the key.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    public async Task<WorkResult> LogAsync(ClaimsPrincipal viewer, int leadId, TouchChannel channel, TouchOutcome outcome, string? note = null, CancellationToken ct = default)
    {
        if (!TextLimits.Fits(note, Touch.NoteMaxLength))
            return WorkResult.Refused(TextLimits.TooLong("A touch note", Touch.NoteMaxLength));
        return await WorkOnAsync(viewer, leadId, LeadChangeKind.Touch, (db, lead, now) =>
        {
            var touch = new Touch(lead.Id, channel, outcome, now, viewer.FindFirstValue(ClaimTypes.NameIdentifier)!, note);
            lead.RecordTouch(touch);
            db.Touches.Add(touch);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Takes back the touch the viewer just logged on a lead: only the lead's latest touch, only their own, only within <see cref="UndoWindow"/>.</summary>
    public Task<WorkResult> UndoLastAsync(ClaimsPrincipal viewer, int leadId, CancellationToken ct = default) =>
        WorkOnAsync(viewer, leadId, LeadChangeKind.Touch, async (db, lead, now) =>
        {
            var latest = await db.Touches.Where(t => t.LeadId == lead.Id).OrderByDescending(t => t.At).ThenByDescending(t => t.Id).Take(2).ToListAsync(ct);
            if (latest is not [var last, ..] || last.ByUserId != viewer.FindFirstValue(ClaimTypes.NameIdentifier) || now - last.At > UndoWindow)
                throw new DomainException("Only the touch you just logged can be undone.");
            lead.UndoTouch(last, latest.Count > 1 ? latest[1].At : null);
            db.Touches.Remove(last);
        }, ct);

    public Task<WorkResult> PlanNextActionAsync(ClaimsPrincipal viewer, int leadId, DateTime? at, string? note, CancellationToken ct = default) =>
        WorkOnAsync(viewer, leadId, LeadChangeKind.Touch, (_, lead, now) =>
        {
            lead.PlanNextAction(at, note, now);
            return Task.CompletedTask;
        }, ct);

    private async Task<WorkResult> WorkOnAsync(
        ClaimsPrincipal viewer, int leadId, LeadChangeKind kind, Func<SdrDbContext, Lead, DateTime, Task> work, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Where(LeadAccess.WorkableBy(viewer)).FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null)
            return WorkResult.Refused("This lead does not exist or is not yours to work.");
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await work(db, lead, now);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            return WorkResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkResult.Refused("Someone else changed this lead a moment ago. Reload it and try again.");
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            return WorkResult.Refused(WorkResult.BusyMessage);
        }
        feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, kind, now));
        return WorkResult.Done;
    }
}

/// <summary>The outcome of an action on a lead: done, or refused with a message for the user.</summary>
public sealed record WorkResult(bool Succeeded, string? Error)
{
    public static readonly WorkResult Done = new(true, null);

    /// <summary>A save that waited its whole lock timeout behind another writer; its transaction rolled back.</summary>
    public const string BusyMessage = "The database is busy with a large import, so this was not saved. Try again in a moment.";

    public static WorkResult Refused(string error) => new(false, error);
}
