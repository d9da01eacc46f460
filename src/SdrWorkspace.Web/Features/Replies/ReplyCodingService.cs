using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Replies;

/// <summary>
/// Codes a reply for the inbox, the lead page and the API: the code's effects come from the current
/// definition and apply through the lead; the coding is logged; the lead is re-scored in the same save.
/// </summary>
public sealed class ReplyCodingService(LeadWork work)
{
    public const string NoReplyMessage = "The lead has no reply to code.";

    /// <summary>An SDR or manager codes a reply on a lead they work.</summary>
    /// <param name="eventId">The reply to code, or null for the lead's latest reply.</param>
    public Task<CodingResult> CodeAsync(
        ClaimsPrincipal user, int leadId, long? eventId, DispositionCode code, DateOnly? date, string? note, CancellationToken ct = default) =>
        CodeAsync(user, leadId, eventId, code, date, note, LeadAccessPolicy.Workable, ct);

    /// <summary>A trusted integration (an API key) codes the latest reply of any lead.</summary>
    public Task<CodingResult> CodeFromIntegrationAsync(
        ClaimsPrincipal integration, int leadId, DispositionCode code, DateOnly? date, string? note, CancellationToken ct = default) =>
        CodeAsync(integration, leadId, null, code, date, note, _ => _ => true, ct);

    private async Task<CodingResult> CodeAsync(
        ClaimsPrincipal user, int leadId, long? eventId, DispositionCode code, DateOnly? date, string? note,
        Func<Viewer, Expression<Func<Lead, bool>>> access, CancellationToken ct)
    {
        CodedReply? coded = null;
        var noReply = false;
        var result = await work.RunAsync(user, leadId, LeadChangeKind.Engagement, access, async op =>
        {
            var lead = op.Lead;
            await op.Db.Entry(lead).Reference(l => l.Account).LoadAsync(ct);
            // Tracked, so the coded reply's new disposition is in the facts the lead is re-scored on.
            var events = await op.Db.EngagementEvents.Where(e => e.LeadId == lead.Id).ToListAsync(ct);
            var reply = events.Where(e => e.Type == EngagementType.EmailReply && (eventId == null || e.Id == eventId))
                .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).FirstOrDefault();
            noReply = reply is null;
            if (reply is null)
                throw new DomainException(NoReplyMessage);

            var effect = op.Definition.Disposition(code);
            var coding = lead.CodeReply(reply, effect, LeadScorer.FitsIcp(op.Definition, lead.FitProfile),
                new ReplyCodingRequest(op.By.Name, op.Now, op.Definition.Version, date, note));
            op.Db.ReplyCodings.Add(coding);
            var card = LeadScorer.Score(op.Definition, lead.FitProfile, events.Select(e => e.ToFact()), op.Now);
            if (!lead.HasScore(card))
                lead.ApplyScore(card, op.Now);
            // The reply now counts as another signal: the stored state folded it in as it was, so it is rebuilt.
            lead.ForgetEngagement();
            op.HighIntent = op.Definition.IsHandRaise(effect.Signal);
            coded = new CodedReply(lead.Id, reply.Id, code, lead.Stage, lead.DoNotContact, lead.CadencePausedUntil, lead.Score);
        }, ct);
        return new CodingResult(result, result.Succeeded ? coded : null, noReply);
    }
}

public sealed record CodedReply(int LeadId, long EventId, DispositionCode Code, LifecycleStage Stage, bool DoNotContact, DateOnly? CadencePausedUntil, int Score);

/// <param name="NoReply">Refused because the lead has no reply to code (the API answers that as a conflict, not a bad request).</param>
public sealed record CodingResult(WorkResult Result, CodedReply? Reply, bool NoReply = false);
