using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Domain.Sla;

namespace SdrWorkspace.Domain.Handover;

public enum MqlOutcome
{
    Accepted,
    Rejected,
}

/// <summary>
/// An SDR's answer to an MQL from marketing: accepted (the lead becomes SAL) or rejected with a reason
/// (it goes back to marketing as a plain lead). Kept so marketing can see what sales did with its MQLs.
/// </summary>
public sealed class MqlReview
{
    public const int TextMaxLength = TextLimits.RejectionNote;
    public const int ActorMaxLength = TextLimits.Actor;

    private MqlReview() { }

    private MqlReview(Lead lead, Actor by, MqlOutcome outcome, MqlRejectionReason? reason, string? text, QualificationDefinition definition, DateTime at)
    {
        LeadId = lead.Id;
        MqlAt = lead.StageChangedAt;
        DueAt = SlaClock.DueAt(definition.Sla, SlaKind.MqlAcceptance, lead.StageChangedAt);
        Outcome = outcome;
        Reason = reason;
        ReasonText = text;
        DecidedById = by.UserId;
        DecidedBy = by.Name;
        DecidedAt = at;
        DefinitionVersion = definition.Version;
    }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    /// <summary>When the lead became the MQL this review answers.</summary>
    public DateTime MqlAt { get; private set; }
    public DateTime DueAt { get; private set; }
    public MqlOutcome Outcome { get; private set; }
    public MqlRejectionReason? Reason { get; private set; }
    public string? ReasonText { get; private set; }
    public string DecidedById { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public DateTime DecidedAt { get; private set; }
    public int DefinitionVersion { get; private set; }

    public bool WithinSla => DecidedAt <= DueAt;

    public static MqlReview Accept(Lead lead, Actor by, QualificationDefinition definition, DateTime at)
    {
        EnsureMayDecide(lead, by);
        var review = new MqlReview(lead, by, MqlOutcome.Accepted, null, null, definition, at);
        lead.MoveTo(new StageMove(LifecycleStage.SAL, by.Name, "MQL accepted by sales", definition.Version, at));
        return review;
    }

    public static MqlReview Reject(Lead lead, Actor by, MqlRejectionReason reason, string? text, QualificationDefinition definition, DateTime at)
    {
        EnsureMayDecide(lead, by);
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (reason == MqlRejectionReason.Other && text is null)
            throw new DomainException("Say why the MQL is rejected when the reason is Other.");
        if (text is { Length: > TextMaxLength })
            throw new DomainException($"A rejection note is limited to {TextMaxLength} characters.");
        var review = new MqlReview(lead, by, MqlOutcome.Rejected, reason, text, definition, at);
        var label = MqlRejectionReasons.Label(reason);
        lead.MoveTo(new StageMove(LifecycleStage.Lead, by.Name, text is null ? $"MQL rejected: {label}" : $"MQL rejected: {label} ({text})", definition.Version, at));
        return review;
    }

    public const string MayNotAnswer = "Only the SDR who owns this MQL or one it is shared with, or a manager, can accept or reject it.";

    private static void EnsureMayDecide(Lead lead, Actor by)
    {
        if (lead.Stage != LifecycleStage.MQL)
            throw new DomainException($"This lead is no longer an MQL: it is {lead.Stage}.");
        if (!LeadAccessPolicy.MayAnswerMql(by.Viewer, lead))
            throw new DomainException(MayNotAnswer);
    }
}
