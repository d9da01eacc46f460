using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Notifications;

namespace SdrWorkspace.Web.Features.Notifications;

/// <summary>
/// Reads the leads that may have news for their owners (a hand-raise, a hot lead just assigned, a new MQL, an
/// SLA about to breach) and notifies each event once, whichever path changed the lead.
/// </summary>
public sealed class NotificationScan(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, Notifier notifier, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken ct = default)
    {
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        List<LeadNoticeFacts> leads;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            leads = await db.Leads.AsNoTracking().Where(NotificationRules.MayConcern(definition, now))
                .Select(l => new LeadNoticeFacts(l.Id, l.FirstName + " " + l.LastName, l.OwnerId, l.Stage, l.StageChangedAt, l.Score,
                    l.LastHighIntentAt, l.LastHighIntentSignal, l.LastTouchAt, l.AssignedAt, l.DoNotContact))
                .ToListAsync(ct);
        }
        await notifier.NotifyAsync(leads.SelectMany(l => NotificationRules.ForLead(l with { Name = l.Name.Trim() }, definition, now)), ct);
    }
}
