using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Search;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Features.Search;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Mqls.Review;

public sealed record MqlReviewRow(
    int LeadId, string Name, string? Company, string Source, string? Campaign, DateTime MqlAt, MqlAnswer Answer,
    TimeSpan? TimeToAnswer, bool SlaBreached, string? DecidedBy, string? Reason, long? RejectionId, int Comments);

/// <summary>What came of the MQLs from one source or campaign.</summary>
public sealed record MqlAcceptanceGroup(string Name, MqlTally Tally);

public sealed record MqlReviewReport(
    IReadOnlyList<MqlReviewRow> Rows, IReadOnlyList<MqlAcceptanceGroup> BySource, IReadOnlyList<MqlAcceptanceGroup> ByCampaign, MqlTally Total);

public sealed record MqlReviewSlice(IReadOnlyList<MqlReviewRow> Rows, int Total);

/// <summary>What the review shows: the MQLs of the last <see cref="Days"/> days, one answer or all, and those whose lead the text finds.</summary>
public sealed record MqlReviewFilter(int Days = 30, MqlAnswer? Answer = null, string? Text = null)
{
    public DateTime From(DateTime now) => now.AddDays(-Math.Clamp(Days, 1, 3660));
}

public sealed record ThreadComment(string Author, DateTime At, string Text);

public sealed record RejectionThread(long RejectionId, DateTime At, string By, string Reason, IReadOnlyList<ThreadComment> Comments);

/// <summary>
/// Marketing's side of its hand-off: what sales did with every MQL of a period (latest answers first), as
/// <see cref="MqlOutcomeQueries"/> reads them, and the comment threads on rejections.
/// </summary>
public sealed class MqlReviewQueries(
    IDbContextFactory<SdrDbContext> contexts, MqlOutcomeQueries mqls, DefinitionStore definitions, Notifier notifier, TimeProvider clock)
{
    public static bool CanReview(ClaimsPrincipal user) => user.IsInRole(Roles.Marketing) || user.IsInRole(Roles.Manager);

    /// <summary>The MQLs from <paramref name="from"/> until now, latest answers first, with their tallies.</summary>
    public async Task<MqlReviewReport> ReportAsync(ClaimsPrincipal viewer, DateTime from, CancellationToken ct = default)
    {
        if (!CanReview(viewer))
            return new MqlReviewReport([], [], [], MqlTally.None);
        var rows = await RowsAsync(Latest(await mqls.InPeriodAsync(from, DateTime.MaxValue, ct: ct)), ct);
        return new MqlReviewReport(
            rows,
            Groups(rows, r => r.Source),
            Groups(rows, r => r.Campaign ?? "(no campaign)"),
            MqlTally.Of(rows.Select(r => r.Answer)));
    }

    /// <summary>
    /// One page of the period's MQLs that pass the filter, latest answers first, and how many pass it: the review pages
    /// through every MQL. Only the page's leads are read in full.
    /// </summary>
    public async Task<MqlReviewSlice> PageAsync(ClaimsPrincipal viewer, MqlReviewFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        if (!CanReview(viewer))
            return new MqlReviewSlice([], 0);
        var from = filter.From(clock.GetUtcNow().UtcDateTime);
        IEnumerable<MqlRecord> kept = await mqls.InPeriodAsync(from, DateTime.MaxValue, ct: ct);
        if (filter.Answer is { } answer)
            kept = kept.Where(r => r.Answer == answer);
        if (SearchTerms.Parse(filter.Text) is { } terms)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var found = (await db.Leads.AsNoTracking().Matching(db, terms)
                .Where(l => db.StageChanges.Any(c => c.LeadId == l.Id && c.To == LifecycleStage.MQL && c.At >= from))
                .Select(l => l.Id).ToListAsync(ct)).ToHashSet();
            kept = kept.Where(r => found.Contains(r.LeadId));
        }
        var ordered = Latest(kept).ToList();
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var shown = ordered.Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToList();
        return new MqlReviewSlice(await RowsAsync(shown, ct), ordered.Count);
    }

    public const int MaxPageSize = 100;

    private static IEnumerable<MqlRecord> Latest(IEnumerable<MqlRecord> records) =>
        records.OrderByDescending(m => m.AnsweredAt ?? m.MqlAt).ThenByDescending(m => m.LeadId);

    /// <summary>The review's rows for these MQLs, in their order.</summary>
    private async Task<List<MqlReviewRow>> RowsAsync(IEnumerable<MqlRecord> records, CancellationToken ct)
    {
        var list = records.ToList();
        var ids = list.Select(r => r.LeadId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var comments = await db.RejectionComments.AsNoTracking().Where(c => ids.Contains(c.LeadId))
            .GroupBy(c => c.RejectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var leads = await db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, Name = l.FirstName + " " + l.LastName, Company = l.Account!.Name, l.Source, l.Campaign })
            .ToDictionaryAsync(l => l.Id, ct);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        return list.Select(m =>
        {
            var lead = leads[m.LeadId];
            var due = SlaClock.DueAt(definition.Sla, SlaKind.MqlAcceptance, m.MqlAt);
            return new MqlReviewRow(
                m.LeadId, lead.Name, lead.Company, lead.Source, lead.Campaign, m.MqlAt, m.Answer,
                m.AnsweredAt - m.MqlAt, MqlAnswers.BreachedSla(m.Answer, due, m.AnsweredAt, now), m.AnsweredBy,
                m.Note is null ? m.Reason : $"{m.Reason}: {m.Note}",
                m.RejectionId, m.RejectionId is { } id ? comments.GetValueOrDefault(id) : 0);
        }).ToList();
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
            var comment = RejectionComment.On(rejection, LeadAccess.ActingAs(viewer), text, clock.GetUtcNow().UtcDateTime);
            db.RejectionComments.Add(comment);
            await db.SaveChangesAsync(ct);
            await notifier.NotifyAsync(context => ThreadNoticesAsync(context, rejection, comment));
            return WorkResult.Done;
        }
        catch (Exception e) when (LeadWork.Translate(e) is not null)
        {
            return LeadWork.Translate(e)!;
        }
    }

    /// <summary>Who hears of a comment: the SDR who rejected the MQL and everyone who commented on the rejection before.</summary>
    private static async Task<IEnumerable<NotificationIntent>> ThreadNoticesAsync(SdrDbContext db, StageChange rejection, RejectionComment comment)
    {
        var rejectedBy = await db.MqlReviews.AsNoTracking()
            .Where(r => r.LeadId == rejection.LeadId && r.Outcome == MqlOutcome.Rejected && r.DecidedAt == rejection.At)
            .Select(r => r.DecidedById).ToListAsync();
        var commenters = await db.RejectionComments.AsNoTracking().Where(c => c.RejectionId == rejection.Id).Select(c => c.AuthorId).ToListAsync();
        var name = await db.Leads.AsNoTracking().Where(l => l.Id == rejection.LeadId).Select(l => l.FirstName + " " + l.LastName).FirstAsync();
        return NotificationRules.RejectionComment(rejection.LeadId, name.Trim(), comment.Id, comment.AuthorId, comment.Author, comment.Text, rejectedBy.Concat(commenters));
    }

    private static List<MqlAcceptanceGroup> Groups(List<MqlReviewRow> rows, Func<MqlReviewRow, string> key) =>
        rows.GroupBy(key).Select(g => new MqlAcceptanceGroup(g.Key, MqlTally.Of(g.Select(r => r.Answer))))
            .OrderByDescending(g => g.Tally.Mqls).ThenBy(g => g.Name).ToList();
}
