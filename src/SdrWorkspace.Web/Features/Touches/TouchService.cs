using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Touches;

/// <summary>Logging outbound touches and planning next steps on a lead the user may work.</summary>
public sealed class TouchService(LeadWork work)
{
    /// <summary>How long a logged touch can still be taken back: long enough to notice a slip of the key.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    public Task<WorkResult> LogAsync(ClaimsPrincipal viewer, int leadId, TouchChannel channel, TouchOutcome outcome, string? note = null, CancellationToken ct = default) =>
        work.RunAsync(viewer, leadId, LeadChangeKind.Touch, async op =>
        {
            var touch = new Touch(op.Lead.Id, channel, outcome, op.Now, op.By.UserId, note);
            op.Lead.RecordTouch(touch, op.Definition.Cadence, await CadenceTouchesAsync(op, ct));
            op.Lead.ApplyTouchEffect(touch, op.Definition, op.By.Name);
            op.Db.Touches.Add(touch);
        }, ct);

    /// <summary>Takes back the touch the viewer just logged on a lead: only the lead's latest touch, only their own, only within <see cref="UndoWindow"/>.</summary>
    public Task<WorkResult> UndoLastAsync(ClaimsPrincipal viewer, int leadId, CancellationToken ct = default) =>
        work.RunAsync(viewer, leadId, LeadChangeKind.Touch, async op =>
        {
            var last = await op.Db.Touches.Where(t => t.LeadId == op.Lead.Id).OrderByDescending(t => t.At).ThenByDescending(t => t.Id).FirstOrDefaultAsync(ct);
            if (last is null || last.ByUserId != op.By.UserId || op.Now - last.At > UndoWindow)
                throw new DomainException("Only the touch you just logged can be undone.");
            op.Lead.UndoTouch(last, op.Definition.Cadence, await CadenceTouchesAsync(op, ct, except: last.Id));
            op.Db.Touches.Remove(last);
        }, ct);

    /// <summary>
    /// The lead's touches (a cadence's worth: a handful), which set the next step (<see cref="FollowUpSchedule"/>), and its
    /// stage history, which says when the current cadence began (a lead back from nurture or disqualification starts afresh).
    /// </summary>
    private static async Task<List<CadenceTouch>> CadenceTouchesAsync(LeadOperation op, CancellationToken ct, long? except = null)
    {
        await op.Db.Entry(op.Lead).Collection(l => l.StageHistory).LoadAsync(ct);
        return await op.Db.Touches.Where(t => t.LeadId == op.Lead.Id && t.Id != except)
            .Select(t => new CadenceTouch(t.At, t.Channel, t.Outcome)).ToListAsync(ct);
    }

    public Task<WorkResult> PlanNextActionAsync(ClaimsPrincipal viewer, int leadId, DateTime? at, string? note, CancellationToken ct = default) =>
        work.RunAsync(viewer, leadId, LeadChangeKind.Touch, op => op.Lead.PlanNextAction(at, note, op.Now), ct);
}
