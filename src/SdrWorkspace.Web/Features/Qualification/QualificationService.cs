using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Qualification;

/// <summary>A stored qualification as the form loads it; Revision is what the next save is made against.</summary>
public sealed record DraftSnapshot(
    int AssessmentId, int LeadId, int Revision, DraftState State, DateTime UpdatedAt, string UpdatedBy, AssessmentStatus Status)
{
    public static DraftSnapshot Of(Assessment a) =>
        new(a.Id, a.LeadId, a.Revision, DraftState.Of(a), a.UpdatedAt, a.UpdatedBy, a.Status);
}

/// <summary>
/// The saved draft, plus the fields someone else changed meanwhile that this save did not overwrite
/// (each with the text this user had, so nothing typed is lost).
/// </summary>
/// <param name="Busy">Not saved only because another writer held the database too long: the same save can simply be tried again.</param>
public sealed record SaveResult(DraftSnapshot? Draft, IReadOnlyList<DraftConflict> Conflicts, string? Error = null, bool Busy = false);

public sealed record AssessmentSummary(
    int Id, Framework Framework, AssessmentStatus Status, VerdictOutcome? Outcome, string? VerdictReason,
    string StartedBy, DateTime StartedAt, DateTime? CompletedAt, string? Notes, IReadOnlyDictionary<string, CriterionAnswer> Answers);

/// <summary>
/// Guided qualification: start or resume a draft, save it as the SDR types (merging field by field, so
/// two people on one lead never overwrite each other silently), and finish it through the domain.
/// </summary>
public sealed class QualificationService(
    IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadWork work, LeadChangeFeed feed, TimeProvider clock)
{
    /// <summary>
    /// The lead's open draft, or a new one that is not stored yet: opening the form writes nothing (a page GET,
    /// a prerender, a look). The first save stores it.
    /// </summary>
    public async Task<(DraftSnapshot? Draft, string? Error)> OpenAsync(ClaimsPrincipal viewer, int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.AsNoTracking().Where(LeadAccess.WorkableBy(viewer)).FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null)
            return (null, "This lead does not exist or is not yours to qualify.");
        var draft = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.LeadId == leadId && a.Status == AssessmentStatus.Draft, ct);
        if (draft is not null)
            return (DraftSnapshot.Of(draft), null);
        try
        {
            return (DraftSnapshot.Of(await NewDraftAsync(lead, viewer, ct)), null);
        }
        catch (DomainException e)
        {
            return (null, e.Message);
        }
    }

    public async Task<SaveResult> SaveAsync(ClaimsPrincipal viewer, DraftSnapshot basis, DraftState mine, CancellationToken ct = default)
    {
        // One retry: a concurrent save (or a draft started by someone else) between our read and write is merged on the second pass.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var lead = await db.Leads.Where(LeadAccess.WorkableBy(viewer)).FirstOrDefaultAsync(l => l.Id == basis.LeadId, ct);
            var assessment = lead is null ? null : basis.AssessmentId == 0
                ? await db.Assessments.FirstOrDefaultAsync(a => a.LeadId == lead.Id && a.Status == AssessmentStatus.Draft, ct)
                : await db.Assessments.FirstOrDefaultAsync(a => a.Id == basis.AssessmentId && a.LeadId == lead.Id, ct);
            if (lead is null || (assessment is null && basis.AssessmentId != 0))
                return new SaveResult(null, [], "This qualification does not exist or is not yours.");
            if (assessment is { Status: not AssessmentStatus.Draft })
                return new SaveResult(DraftSnapshot.Of(assessment), [], $"{assessment.CompletedBy} already finished this qualification.");

            IReadOnlyList<DraftConflict> conflicts;
            try
            {
                if (assessment is null)
                    db.Assessments.Add(assessment = await NewDraftAsync(lead, viewer, ct));
                conflicts = DraftMerge.Apply(assessment, basis.State, mine, LeadAccess.ActorOf(viewer), Now);
                await db.SaveChangesAsync(ct);
            }
            catch (DomainException e)
            {
                return new SaveResult(assessment is null || assessment.Id == 0 ? null : DraftSnapshot.Of(assessment), [], e.Message);
            }
            catch (DbUpdateException e) when (attempt == 0 && !SqliteBusy.Is(e))
            {
                // Someone saved this draft, or started the lead's one draft, a moment ago.
                continue;
            }
            catch (Exception e) when (SqliteBusy.Is(e))
            {
                // The browser keeps its copy, and the page tries again.
                return new SaveResult(null, [], WorkResult.BusyMessage, Busy: true);
            }
            // Other screens on this lead's qualification merge the change in at once.
            feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, LeadChangeKind.Qualification, Now));
            return new SaveResult(DraftSnapshot.Of(assessment), conflicts);
        }
    }

    public async Task<(IReadOnlyList<StageChange> Moves, WorkResult Result)> CompleteAsync(
        ClaimsPrincipal viewer, int assessmentId, int revision, DateOnly? reactivationOn, CancellationToken ct = default)
    {
        int? leadId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            leadId = await db.Assessments.Where(a => a.Id == assessmentId).Select(a => (int?)a.LeadId).FirstOrDefaultAsync(ct);
        if (leadId is null)
            return ([], WorkResult.Missing("This qualification does not exist or is not yours."));
        IReadOnlyList<StageChange> moves = [];
        var result = await work.RunAsync(viewer, leadId.Value, LeadChangeKind.Stage, async op =>
        {
            var assessment = await op.Db.Assessments.FirstAsync(a => a.Id == assessmentId, ct);
            if (assessment.Revision != revision)
                throw new DomainException($"{assessment.UpdatedBy} changed this qualification a moment ago. Review the answers, then finish again.");
            moves = assessment.Complete(op.Lead, op.Definition, op.By, op.Now, reactivationOn);
        }, ct);
        return (result.Succeeded ? moves : [], result);
    }

    /// <summary>The verdict the definition gives these answers: what the form shows live as the SDR answers.</summary>
    public async Task<FrameworkVerdict> VerdictAsync(DraftState state, CancellationToken ct = default)
    {
        var definition = await definitions.CurrentAsync(ct);
        return VerdictEngine.Evaluate(state.Framework, definition.RuleFor(state.Framework), state.Answers);
    }

    public async Task<DateOnly> DefaultReactivationAsync(CancellationToken ct = default) =>
        DateOnly.FromDateTime(Now).AddMonths((await definitions.CurrentAsync(ct)).Cadence.NurtureMonths);

    /// <summary>Who is being qualified, for the form's header; null when the lead is not the viewer's to work.</summary>
    /// <summary>Who is being qualified, as the page names them ("Dana Reyes, Acme Software"); null when the viewer may not work the lead.</summary>
    public async Task<string?> LeadNameAsync(ClaimsPrincipal viewer, int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.AsNoTracking().Where(LeadAccess.WorkableBy(viewer)).Where(l => l.Id == leadId)
            .Select(l => new { l.FirstName, l.LastName, Company = l.Account!.Name }).FirstOrDefaultAsync(ct);
        return lead is null ? null
            : lead.Company is null ? Lead.FullNameOf(lead.FirstName, lead.LastName)
            : $"{Lead.FullNameOf(lead.FirstName, lead.LastName)}, {lead.Company}";
    }

    public async Task<bool> HasDraftAsync(int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Assessments.AnyAsync(a => a.LeadId == leadId && a.Status == AssessmentStatus.Draft, ct);
    }

    public async Task<IReadOnlyList<AssessmentSummary>> ForLeadAsync(int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.LeadId == leadId)
            .OrderByDescending(a => a.StartedAt).ToListAsync(ct);
        return assessments.Select(a => new AssessmentSummary(a.Id, a.Framework, a.Status, a.Outcome, a.VerdictReason,
            a.StartedBy, a.StartedAt, a.CompletedAt, a.Notes, a.Answers)).ToList();
    }

    private async Task<Assessment> NewDraftAsync(Lead lead, ClaimsPrincipal viewer, CancellationToken ct)
    {
        var definition = await definitions.CurrentAsync(ct);
        return new Assessment(lead, definition.Frameworks.Default, LeadAccess.ActorOf(viewer), definition.Version, Now);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
