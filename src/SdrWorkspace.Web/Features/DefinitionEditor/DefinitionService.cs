using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.DefinitionEditor;

public sealed record VersionRow(int Version, DateTime AdoptedAt, string AdoptedBy, string Reason);

public sealed record DraftRow(int Id, string Title, DraftStatus Status, string Author, DateTime UpdatedAt, int BasedOnVersion);

public sealed record DraftView(int Id, string Title, DraftStatus Status, string Author, string? Note, int BasedOnVersion, int Revision, QualificationDefinition Definition)
{
    public bool IsOpen => Status is DraftStatus.Editing or DraftStatus.Proposed;
}

/// <summary>When the definition was last reviewed (adopted or marked reviewed), and whether a quarter has passed since.</summary>
public sealed record ReviewStatus(int Version, DateTime LastReviewedAt, string By, DateTime DueAt, bool IsDue);

public sealed record AdoptResult(bool Succeeded, string? Error, int? Version)
{
    /// <summary>The re-scoring the adoption started, running in the background.</summary>
    public Task Rescoring { get; init; } = Task.CompletedTask;

    public static AdoptResult Refused(string error) => new(false, error, null);
}

/// <summary>
/// Governance of the shared definition: everyone reads versions and diffs; managers and admins edit drafts,
/// preview them against today's leads and adopt them (with a reason, then every lead is re-scored);
/// marketing drafts proposals for them to adopt; a review is due every quarter.
/// </summary>
public sealed class DefinitionService(
    IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, RescoreTracker rescoring, Notifier notifier, TimeProvider clock,
    ILogger<DefinitionService> logger)
{
    public const string Conflict = "Someone else saved this draft a moment ago, so your change was not saved. Reload to see theirs.";

    public static bool CanAdopt(ClaimsPrincipal user) => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Admin);

    public static bool CanDraft(ClaimsPrincipal user) => CanAdopt(user) || user.IsInRole(Roles.Marketing);

    /// <summary>Managers and admins edit any open draft; marketing its own.</summary>
    public static bool CanEdit(ClaimsPrincipal user, DraftView draft) =>
        draft.IsOpen && (CanAdopt(user) || (user.IsInRole(Roles.Marketing) && draft.Author == LeadAccess.ActorOf(user)));

    public Task<QualificationDefinition> CurrentAsync(CancellationToken ct = default) => definitions.CurrentAsync(ct);

    public async Task<IReadOnlyList<VersionRow>> VersionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.DefinitionVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new VersionRow(v.Version, v.AdoptedAt, v.AdoptedBy, v.Reason)).ToListAsync(ct);
    }

    public async Task<QualificationDefinition?> VersionAsync(int version, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var json = await db.DefinitionVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return json is null ? null : DefinitionJson.Deserialize(json);
    }

    public async Task<IReadOnlyList<DefinitionChange>?> DiffAsync(int older, int newer, CancellationToken ct = default) =>
        await VersionAsync(older, ct) is { } a && await VersionAsync(newer, ct) is { } b ? DefinitionDiff.Between(a, b) : null;

    public async Task<ReviewStatus> ReviewStatusAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await db.DefinitionVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(ct);
        var review = await db.DefinitionReviews.AsNoTracking().Where(r => r.Version == current.Version && r.ReviewedAt > current.AdoptedAt)
            .OrderByDescending(r => r.ReviewedAt).FirstOrDefaultAsync(ct);
        var (at, by) = review is null ? (current.AdoptedAt, current.AdoptedBy) : (review.ReviewedAt, review.ReviewedBy);
        return new ReviewStatus(current.Version, at, by, DefinitionReview.DueAt(at), DefinitionReview.IsDue(at, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Records that the version in force was reviewed and stays as it is.</summary>
    public async Task<WorkResult> MarkReviewedAsync(ClaimsPrincipal viewer, string? note, CancellationToken ct = default)
    {
        if (!CanAdopt(viewer))
            return WorkResult.Refused("Only managers and admins review the definition.");
        if (!TextLimits.Fits(note, DefinitionReviewMark.NoteMaxLength))
            return WorkResult.Refused($"A review note is limited to {DefinitionReviewMark.NoteMaxLength} characters.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var version = await db.DefinitionVersions.MaxAsync(v => v.Version, ct);
        db.DefinitionReviews.Add(new DefinitionReviewMark
        {
            Version = version, ReviewedAt = clock.GetUtcNow().UtcDateTime, ReviewedBy = LeadAccess.ActorOf(viewer),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return WorkResult.Done;
    }

    public async Task<IReadOnlyList<DraftRow>> OpenDraftsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.DefinitionDrafts.AsNoTracking()
            .Where(d => d.Status == DraftStatus.Editing || d.Status == DraftStatus.Proposed)
            .OrderByDescending(d => d.UpdatedAt)
            .Select(d => new DraftRow(d.Id, d.Title, d.Status, d.Author, d.UpdatedAt, d.BasedOnVersion)).ToListAsync(ct);
    }

    public async Task<DraftView?> DraftAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var draft = await db.DefinitionDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        return draft is null ? null : View(draft);
    }

    /// <summary>A new draft: a copy of the version in force, to change.</summary>
    public async Task<(WorkResult Result, int? Id)> StartDraftAsync(ClaimsPrincipal viewer, string? title, CancellationToken ct = default)
    {
        if (!CanDraft(viewer))
            return (WorkResult.Refused("Only managers, admins and marketing draft changes to the definition."), null);
        title = string.IsNullOrWhiteSpace(title) ? "Untitled draft" : title.Trim();
        if (title.Length > DefinitionDraft.TitleMaxLength)
            return (WorkResult.Refused($"A title is limited to {DefinitionDraft.TitleMaxLength} characters."), null);
        var current = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = LeadAccess.ActorOf(viewer);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var draft = new DefinitionDraft
        {
            Title = title, BasedOnVersion = current.Version, Json = DefinitionJson.Serialize(current), Status = DraftStatus.Editing,
            Author = actor, CreatedAt = now, UpdatedAt = now, UpdatedBy = actor,
        };
        db.DefinitionDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return (WorkResult.Done, draft.Id);
    }

    /// <summary>Saves the draft's definition; refused when someone saved it since the editor loaded <paramref name="revision"/>.</summary>
    public Task<WorkResult> SaveDraftAsync(ClaimsPrincipal viewer, int id, int revision, QualificationDefinition definition, string? title, CancellationToken ct = default) =>
        ChangeDraftAsync(viewer, id, revision, draft =>
        {
            if (!string.IsNullOrWhiteSpace(title))
                draft.Title = title.Trim().Length > DefinitionDraft.TitleMaxLength ? throw new DomainException($"A title is limited to {DefinitionDraft.TitleMaxLength} characters.") : title.Trim();
            if (definition.Fit.SelectMany(c => c.Matches).Any(m => !TextLimits.Fits(m.Value, TextLimits.DefinitionMatchValue)))
                throw new DomainException($"A value an ICP criterion matches is limited to {TextLimits.DefinitionMatchValue} characters.");
            draft.Json = DefinitionJson.Serialize(definition with { Version = draft.BasedOnVersion });
        }, ct);

    /// <summary>Marketing hands its draft to managers and admins to adopt, saying what it wants and why; managers are notified.</summary>
    public async Task<WorkResult> ProposeAsync(ClaimsPrincipal viewer, int id, int revision, string? note, CancellationToken ct = default)
    {
        var result = await ChangeDraftAsync(viewer, id, revision, draft =>
        {
            if (string.IsNullOrWhiteSpace(note))
                throw new DomainException("Say what the proposal changes and why, for the managers who will adopt it.");
            if (note.Trim().Length > DefinitionDraft.NoteMaxLength)
                throw new DomainException($"A note is limited to {DefinitionDraft.NoteMaxLength} characters.");
            draft.Note = note.Trim();
            draft.Status = DraftStatus.Proposed;
        }, ct);
        if (result.Succeeded)
            await notifier.NotifyAsync(db => ProposalNoticesAsync(db, viewer, id));
        return result;
    }

    private static async Task<IEnumerable<NotificationIntent>> ProposalNoticesAsync(SdrDbContext db, ClaimsPrincipal proposer, int draftId)
    {
        var draft = await db.DefinitionDrafts.AsNoTracking().Where(d => d.Id == draftId).Select(d => new { d.Title, d.Revision }).FirstAsync();
        var managers = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where r.Name == Roles.Manager && u.IsActive
                              select u.Id).ToListAsync();
        var by = LeadAccess.ActingAs(proposer);
        return NotificationRules.ProposalToReview(draftId, draft.Revision, draft.Title, by.UserId, by.Name, managers);
    }

    public Task<WorkResult> DiscardAsync(ClaimsPrincipal viewer, int id, int revision, CancellationToken ct = default) =>
        ChangeDraftAsync(viewer, id, revision, draft => draft.Status = DraftStatus.Discarded, ct);

    private async Task<WorkResult> ChangeDraftAsync(ClaimsPrincipal viewer, int id, int revision, Action<DefinitionDraft> change, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var draft = await db.DefinitionDrafts.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draft is null || !CanEdit(viewer, View(draft)))
            return WorkResult.Refused("This draft is not open for you to change.");
        if (draft.Revision != revision)
            return WorkResult.Refused(Conflict);
        try
        {
            change(draft);
            Touch(draft, viewer);
            await db.SaveChangesAsync(ct);
            return WorkResult.Done;
        }
        catch (DomainException e)
        {
            return WorkResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkResult.Conflict(Conflict);
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            return WorkResult.Busy;
        }
    }

    /// <summary>
    /// What adopting the definition would change for today's leads, compared with the version in force; null for
    /// those who do not draft (it scores every lead twice, so it is not for every reader to start).
    /// </summary>
    public async Task<WhatIfResult?> WhatIfAsync(ClaimsPrincipal viewer, QualificationDefinition draft, CancellationToken ct = default)
    {
        if (!CanDraft(viewer))
            return null;
        var current = await definitions.CurrentAsync(ct);
        var whatIf = new DefinitionWhatIf(current, draft, clock.GetUtcNow().UtcDateTime);
        var lastId = 0;
        while (true)
        {
            // The full re-score's bulk reader: a chunk of leads with their engagement states; events only where a state does not serve.
            await using var db = await contexts.CreateDbContextAsync(ct);
            var (leads, last) = await ScoringSnapshot.LeadsAsync(db, lastId, LeadScoring.ChunkSize, logger, ct);
            if (last is null)
                return whatIf.Result();
            var firstId = lastId + 1;
            lastId = last.Value;
            var states = leads.ToDictionary(l => l.LeadId, l => EngagementState.FromBytes(l.State));
            var needed = states.Where(s => whatIf.NeedsEvents(s.Value)).Select(s => (s.Key, 0L)).ToList();
            var facts = needed.Count == 0 ? null : await ScoringSnapshot.FactsAsync(db, needed, ct);
            var names = await db.Leads.AsNoTracking().Where(l => l.Id >= firstId && l.Id <= lastId)
                .Select(l => new { l.Id, l.FirstName, l.LastName })
                .ToDictionaryAsync(l => l.Id, l => Lead.FullNameOf(l.FirstName, l.LastName), ct);
            whatIf.Add(leads.Select(l => new WhatIfLead(l.LeadId, names[l.LeadId], l.Profile, l.Stored, states[l.LeadId],
                facts?[l.LeadId].Select(e => e.Fact).ToList())).ToList());
        }
    }

    /// <summary>
    /// Adopts the draft as the next version (author, time, reason) and starts re-scoring every lead under it;
    /// <see cref="RescoreTracker"/> reports the progress. Two adoptions at once cannot both win: the version
    /// number is the key, and a draft from an older version is refused.
    /// </summary>
    public async Task<AdoptResult> AdoptAsync(ClaimsPrincipal viewer, int id, int revision, string? reason, CancellationToken ct = default)
    {
        if (!CanAdopt(viewer))
            return AdoptResult.Refused("Only managers and admins adopt a new definition; marketing proposes.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var draft = await db.DefinitionDrafts.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draft is null || !View(draft).IsOpen)
            return AdoptResult.Refused("This draft is no longer open.");
        if (draft.Revision != revision)
            return AdoptResult.Refused(Conflict);
        var latest = await db.DefinitionVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(ct);
        try
        {
            var adopted = DefinitionAdoption.NextVersion(DefinitionJson.Deserialize(draft.Json), draft.BasedOnVersion, DefinitionJson.Deserialize(latest.Json), reason);
            var now = clock.GetUtcNow().UtcDateTime;
            db.DefinitionVersions.Add(new DefinitionVersion
            {
                Version = adopted.Version, Json = DefinitionJson.Serialize(adopted), AdoptedAt = now, AdoptedBy = LeadAccess.ActorOf(viewer), Reason = reason!.Trim(),
            });
            draft.Status = DraftStatus.Adopted;
            draft.AdoptedAsVersion = adopted.Version;
            Touch(draft, viewer);
            await db.SaveChangesAsync(ct);
            definitions.Invalidate();
            return new AdoptResult(true, null, adopted.Version) { Rescoring = rescoring.Start(adopted.Version) };
        }
        catch (DomainException e)
        {
            return AdoptResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdoptResult.Refused(Conflict);
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            return AdoptResult.Refused(WorkResult.BusyMessage);
        }
        catch (DbUpdateException)
        {
            return AdoptResult.Refused("Another version was adopted a moment ago. Reload, and start a new draft from it if this change still matters.");
        }
    }

    private void Touch(DefinitionDraft draft, ClaimsPrincipal viewer)
    {
        draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        draft.UpdatedBy = LeadAccess.ActorOf(viewer);
        draft.Revision++;
    }

    private static DraftView View(DefinitionDraft d) =>
        new(d.Id, d.Title, d.Status, d.Author, d.Note, d.BasedOnVersion, d.Revision, DefinitionJson.Deserialize(d.Json));
}
