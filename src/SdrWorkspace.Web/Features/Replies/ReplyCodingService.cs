using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Replies;

/// <summary>
/// Codes a reply for the inbox, the lead page and the API: the code's effects come from the current
/// definition and apply through the lead; the coding is logged; the lead is re-scored in the same save.
/// </summary>
public sealed class ReplyCodingService(
    IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadScoring scoring, LeadChangeFeed feed, TimeProvider clock)
{
    /// <param name="eventId">The reply to code, or null for the lead's latest reply.</param>
    /// <param name="mayCode">Whether the caller may code this lead's replies (the caller's access rule).</param>
    public async Task<CodingResult> CodeAsync(
        int leadId, long? eventId, DispositionCode code, DateOnly? date, string? note, string actor,
        Func<Lead, bool> mayCode, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Include(l => l.Account).FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null || !mayCode(lead))
            return CodingResult.NotFound;
        var replies = db.EngagementEvents.Where(e => e.LeadId == leadId && e.Type == EngagementType.EmailReply);
        var reply = eventId is { } id
            ? await replies.FirstOrDefaultAsync(e => e.Id == id, ct)
            : await replies.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        if (reply is null)
            return CodingResult.NoReply;

        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var facts = await db.EngagementEvents.AsNoTracking().Where(e => e.LeadId == leadId)
            .Select(e => new EngagementFact(e.Type, e.OccurredAt, e.Url, e.Disposition)).ToListAsync(ct);
        var fitsIcp = LeadScorer.Score(definition, lead.FitProfile, facts, now).Fit >= definition.Mql.MinFit;
        try
        {
            var coding = lead.CodeReply(reply, definition.Disposition(code), fitsIcp,
                new ReplyCodingRequest(actor, now, definition.Version, date, note));
            db.ReplyCodings.Add(coding);
            await db.SaveChangesAsync(ct);
            await scoring.ApplyScoresAsync(db, [lead], ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            return CodingResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CodingResult.Conflict;
        }

        var highIntent = definition.IsHandRaise(definition.Disposition(code).Signal);
        feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, LeadChangeKind.Engagement, now, highIntent));
        return CodingResult.Coded(new CodedReply(lead.Id, reply.Id, code, lead.Stage, lead.DoNotContact, lead.CadencePausedUntil, lead.Score));
    }
}

public sealed record CodedReply(int LeadId, long EventId, DispositionCode Code, LifecycleStage Stage, bool DoNotContact, DateOnly? CadencePausedUntil, int Score);

public enum CodingStatus
{
    Coded,
    NotFound,
    NoReply,
    Refused,
    Conflict,
}

public sealed record CodingResult(CodingStatus Status, CodedReply? Reply = null, string? Error = null)
{
    public static readonly CodingResult NotFound = new(CodingStatus.NotFound, Error: "No such lead.");
    public static readonly CodingResult NoReply = new(CodingStatus.NoReply, Error: "The lead has no reply to code.");
    public static readonly CodingResult Conflict = new(CodingStatus.Conflict, Error: "The lead was changed meanwhile; try again.");

    public static CodingResult Coded(CodedReply reply) => new(CodingStatus.Coded, reply);

    public static CodingResult Refused(string error) => new(CodingStatus.Refused, Error: error);
}
