using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;

namespace SdrWorkspace.Web.Features.Shared;

/// <summary>One change to one lead, as the operation sees it: the lead (tracked, with its shares), who acts, the definition in force and now.</summary>
public sealed class LeadOperation(SdrDbContext db, Lead lead, Actor by, QualificationDefinition definition, DateTime now)
{
    private readonly List<string?> _alsoTell = [];

    public SdrDbContext Db { get; } = db;
    public Lead Lead { get; } = lead;
    public Actor By { get; } = by;
    public QualificationDefinition Definition { get; } = definition;
    public DateTime Now { get; } = now;

    /// <summary>Whether the change is a hand-raise the owner's open screens should flag.</summary>
    public bool HighIntent { get; set; }

    internal IReadOnlyList<string?> AlsoTold => _alsoTell;

    /// <summary>Tells another owner's open screens too (a reassignment takes the lead out of the previous owner's queue).</summary>
    public void AlsoTell(string? ownerId) => _alsoTell.Add(ownerId);

    /// <summary>
    /// Refuses to change a lead that changed since the user read it at <paramref name="revision"/> (a bulk action over
    /// a list drawn earlier): a conflict, never an overwrite. A change between this load and the save fails the save itself.
    /// </summary>
    public void RequireUnchangedSince(int? revision)
    {
        if (revision is { } seen && Lead.Revision != seen)
            throw new DbUpdateConcurrencyException(WorkResult.ConflictMessage);
    }
}

/// <summary>
/// The one way a feature changes a lead: load it through the access policy, hand the operation the
/// definition in force and the clock, save once, turn a domain refusal, a concurrent change, a busy
/// database and a missing lead into one <see cref="WorkResult"/>, and tell open screens.
/// </summary>
public sealed class LeadWork(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadChangeFeed feed, TimeProvider clock)
{
    /// <summary>Works a lead the user may work (<see cref="LeadAccessPolicy.Workable"/>).</summary>
    public Task<WorkResult> RunAsync(ClaimsPrincipal user, int leadId, LeadChangeKind kind, Func<LeadOperation, Task> operation, CancellationToken ct = default) =>
        RunAsync(user, leadId, kind, LeadAccessPolicy.Workable, operation, ct);

    public Task<WorkResult> RunAsync(ClaimsPrincipal user, int leadId, LeadChangeKind kind, Action<LeadOperation> operation, CancellationToken ct = default) =>
        RunAsync(user, leadId, kind, op => { operation(op); return Task.CompletedTask; }, ct);

    /// <param name="access">Which leads this action may load for the user; the domain's own checks still apply.</param>
    public async Task<WorkResult> RunAsync(
        ClaimsPrincipal user, int leadId, LeadChangeKind kind, Func<Viewer, Expression<Func<Lead, bool>>> access,
        Func<LeadOperation, Task> operation, CancellationToken ct = default)
    {
        var by = LeadAccess.ActingAs(user);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var lead = await db.Leads.Where(access(by.Viewer)).Include(l => l.Shares).FirstOrDefaultAsync(l => l.Id == leadId, ct);
            if (lead is null)
                return WorkResult.Missing();
            var op = new LeadOperation(db, lead, by, await definitions.CurrentAsync(ct), clock.GetUtcNow().UtcDateTime);
            await operation(op);
            await db.SaveChangesAsync(ct);
            feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, kind, op.Now, op.HighIntent));
            feed.Publish(op.AlsoTold.Where(o => o is not null && o != lead.OwnerId).Distinct().Select(o => new LeadChanged(lead.Id, o, kind, op.Now)));
            return WorkResult.Done;
        }
        catch (Exception e) when (Translate(e) is not null)
        {
            return Translate(e)!;
        }
    }

    /// <summary>
    /// What a failed save means to the user, or null for a fault. Also for saves of shared data outside a lead
    /// (the definition), so a busy database reads the same everywhere.
    /// </summary>
    public static WorkResult? Translate(Exception e) => e switch
    {
        DomainException refusal => WorkResult.Refused(refusal.Message),
        _ when SqliteBusy.Is(e) => WorkResult.Busy,
        // A revision that moved, or a unique index (a second open handover, the same share twice) another save filled first.
        DbUpdateException => WorkResult.Conflict(),
        _ => null,
    };
}
