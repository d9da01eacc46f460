using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Web.Features.Reopen;

/// <summary>Reopens a disqualified lead (the SDR who owns it, or a manager), with a reason kept in its history.</summary>
public sealed class Reopening(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadChangeFeed feed, TimeProvider clock)
{
    public async Task<WorkResult> ReopenAsync(ClaimsPrincipal viewer, int leadId, string? reason, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Where(LeadAccess.WorkableBy(viewer)).FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null)
            return WorkResult.Refused("This lead does not exist or is not yours to work.");
        var version = (await definitions.CurrentAsync(ct)).Version;
        var now = clock.GetUtcNow().UtcDateTime;
        var text = string.IsNullOrWhiteSpace(reason) ? "" : $"Reopened: {reason.Trim()}";
        var result = await HandoffWork.SaveAsync(db, () => lead.MoveTo(new StageMove(LifecycleStage.Lead, LeadAccess.ActorOf(viewer), text, version, now)), ct);
        if (result.Succeeded)
            feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, LeadChangeKind.Stage, now));
        return result;
    }
}
