using System.Security.Claims;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Reopen;

/// <summary>Reopens a disqualified lead (the SDR who owns it, or a manager), with a reason kept in its history.</summary>
public sealed class Reopening(LeadWork work)
{
    public Task<WorkResult> ReopenAsync(ClaimsPrincipal viewer, int leadId, string? reason, CancellationToken ct = default)
    {
        var text = string.IsNullOrWhiteSpace(reason) ? "" : $"Reopened: {reason.Trim()}";
        return work.RunAsync(viewer, leadId, LeadChangeKind.Stage,
            op => { op.Lead.MoveTo(new StageMove(LifecycleStage.Lead, op.By.Name, text, op.Definition.Version, op.Now)); }, ct);
    }
}
