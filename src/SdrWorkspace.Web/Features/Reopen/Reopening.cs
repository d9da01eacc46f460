using System.Security.Claims;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Reopen;

/// <summary>Reopens a disqualified lead (whoever works it: see <see cref="LeadAccessPolicy.MayReopen"/>), with a reason kept in its history.</summary>
public sealed class Reopening(LeadWork work)
{
    public Task<WorkResult> ReopenAsync(ClaimsPrincipal viewer, int leadId, string? reason, CancellationToken ct = default)
    {
        var text = string.IsNullOrWhiteSpace(reason) ? "" : $"Reopened: {reason.Trim()}";
        return work.RunAsync(viewer, leadId, LeadChangeKind.Stage,
            op =>
            {
                // The page may be older than the lead: a hand-raise can have reopened it meanwhile.
                if (!LeadAccessPolicy.MayReopen(op.By.Viewer, op.Lead))
                    throw new DomainException($"Only a disqualified lead can be reopened; this one is {op.Lead.Stage} now.");
                op.Lead.MoveTo(new StageMove(LifecycleStage.Lead, op.By.Name, text, op.Definition.Version, op.Now));
            }, ct);
    }
}
