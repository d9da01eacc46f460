using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Mqls.Review;

public enum MqlAnswer
{
    Pending,
    Accepted,
    Rejected,
}

public sealed record MqlReviewRow(
    int LeadId, string Name, string? Company, string Source, string? Campaign, DateTime MqlAt, MqlAnswer Answer,
    TimeSpan? TimeToAnswer, bool SlaBreached, string? DecidedBy, string? RejectionReason, long? RejectionId, int Comments);

/// <summary>Accepted / rejected / pending of the MQLs from one source or campaign; the rate counts answered ones only.</summary>
public sealed record MqlAcceptanceGroup(string Name, int Mqls, int Accepted, int Rejected, int Pending)
{
    public double? AcceptanceRate => Accepted + Rejected == 0 ? null : (double)Accepted / (Accepted + Rejected);
}

public sealed record MqlReviewReport(
    IReadOnlyList<MqlReviewRow> Rows, IReadOnlyList<MqlAcceptanceGroup> BySource, IReadOnlyList<MqlAcceptanceGroup> ByCampaign, MqlAcceptanceGroup Total);

public sealed record ThreadComment(string Author, DateTime At, string Text);

public sealed record RejectionThread(long RejectionId, DateTime At, string By, string Reason, IReadOnlyList<ThreadComment> Comments);

/// <summary>
/// Marketing's side of its hand-off: what sales did with every MQL of a period (latest answers first), read from the lead
/// histories (the MQL move and the answer after it), and the comment threads on rejections.
/// </summary>
public sealed class MqlReviewQueries(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock)
{
    public static bool CanReview(ClaimsPrincipal user) => user.IsInRole(Roles.Marketing) || user.IsInRole(Roles.Manager);

    public async Task<MqlReviewReport> ReportAsync(ClaimsPrincipal viewer, DateTime from, CancellationToken ct = default)
    {
        if (!CanReview(viewer))
            return new MqlReviewReport([], [], [], new MqlAcceptanceGroup("All", 0, 0, 0, 0));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = await db.StageChanges.AsNoTracking()
            .Where(c => c.To == LifecycleStage.MQL && c.At >= from)
            .Select(c => new { c.LeadId, c.At }).ToListAsync(ct);
        var ids = entries.Select(e => e.LeadId).Distinct().ToList();
        var answers = (await db.StageChanges.AsNoTracking()
            .Where(c => ids.Contains(c.LeadId) && c.From == LifecycleStage.MQL)
            .ToListAsync(ct)).ToLookup(c => c.LeadId);
        var reviews = (await db.MqlReviews.AsNoTracking().Where(r => ids.Contains(r.LeadId)).ToListAsync(ct))
            .ToDictionary(r => (r.LeadId, r.DecidedAt));
        var comments = await db.RejectionComments.AsNoTracking().Where(c => ids.Contains(c.LeadId))
            .GroupBy(c => c.RejectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var leads = await db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, Name = l.FirstName + " " + l.LastName, Company = l.Account!.Name, l.Source, l.Campaign })
            .ToDictionaryAsync(l => l.Id, ct);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        var rows = entries.Select(e =>
        {
            var lead = leads[e.LeadId];
            var answer = answers[e.LeadId].Where(c => c.At >= e.At).OrderBy(c => c.At).ThenBy(c => c.Id).FirstOrDefault();
            var due = SlaClock.DueAt(definition.Sla, SlaKind.MqlAcceptance, e.At);
            var review = answer is null ? null : reviews.GetValueOrDefault((e.LeadId, answer.At));
            var state = answer is null ? MqlAnswer.Pending : answer.To == LifecycleStage.SAL ? MqlAnswer.Accepted : MqlAnswer.Rejected;
            return new MqlReviewRow(
                e.LeadId, lead.Name, lead.Company, lead.Source, lead.Campaign, e.At, state,
                answer is null ? null : answer.At - e.At, (answer?.At ?? now) > due, answer?.Actor,
                state == MqlAnswer.Rejected ? ReasonOf(answer!, review) : null,
                answer is not null && RejectionComment.IsMqlRejection(answer) ? answer.Id : null,
                answer is null ? 0 : comments.GetValueOrDefault(answer.Id));
        }).OrderByDescending(r => r.MqlAt + (r.TimeToAnswer ?? TimeSpan.Zero)).ToList();

        return new MqlReviewReport(
            rows,
            Groups(rows, r => r.Source),
            Groups(rows, r => r.Campaign ?? "(no campaign)"),
            Group("All", rows));
    }

    /// <summary>The rejection threads on a lead, oldest first, for the lead page (anyone who may see the lead may read them).</summary>
    public async Task<IReadOnlyList<RejectionThread>> ThreadsAsync(ClaimsPrincipal viewer, int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Leads.AsNoTracking().Where(LeadAccess.VisibleTo(viewer)).AnyAsync(l => l.Id == leadId, ct))
            return [];
        var rejections = await db.StageChanges.AsNoTracking()
            .Where(c => c.LeadId == leadId && c.From == LifecycleStage.MQL && c.To == LifecycleStage.Lead)
            .OrderBy(c => c.At).ToListAsync(ct);
        var comments = (await db.RejectionComments.AsNoTracking().Where(c => c.LeadId == leadId)
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct)).ToLookup(c => c.RejectionId);
        return rejections.Select(r => new RejectionThread(r.Id, r.At, r.Actor, r.Reason,
            comments[r.Id].Select(c => new ThreadComment(c.Author, c.At, c.Text)).ToList())).ToList();
    }

    public async Task<WorkResult> CommentAsync(ClaimsPrincipal viewer, long rejectionId, string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rejection = await db.StageChanges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == rejectionId, ct);
        if (rejection is null || !await db.Leads.Where(LeadAccess.VisibleTo(viewer)).AnyAsync(l => l.Id == rejection.LeadId, ct))
            return WorkResult.Missing("This rejection does not exist or is not yours to see.");
        try
        {
            db.RejectionComments.Add(RejectionComment.On(rejection, LeadAccess.ActingAs(viewer), text, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return WorkResult.Done;
        }
        catch (Exception e) when (LeadWork.Translate(e) is not null)
        {
            return LeadWork.Translate(e)!;
        }
    }

    /// <summary>The reason as the SDR chose it from the list; older rejections carry only the text of the move.</summary>
    private static string ReasonOf(StageChange answer, MqlReview? review) =>
        review?.Reason is { } reason
            ? review.ReasonText is { } text ? $"{MqlRejectionReasons.Label(reason)}: {text}" : MqlRejectionReasons.Label(reason)
            : answer.Reason;

    private static List<MqlAcceptanceGroup> Groups(List<MqlReviewRow> rows, Func<MqlReviewRow, string> key) =>
        rows.GroupBy(key).Select(g => Group(g.Key, g.ToList())).OrderByDescending(g => g.Mqls).ThenBy(g => g.Name).ToList();

    private static MqlAcceptanceGroup Group(string name, List<MqlReviewRow> rows) => new(
        name, rows.Count,
        rows.Count(r => r.Answer == MqlAnswer.Accepted), rows.Count(r => r.Answer == MqlAnswer.Rejected), rows.Count(r => r.Answer == MqlAnswer.Pending));
}
