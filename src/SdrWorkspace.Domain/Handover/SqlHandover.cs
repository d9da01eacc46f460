using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Handover;

public enum HandoverStatus
{
    Pending,
    Accepted,
    Returned,
}

/// <summary>
/// An SQL handed by an SDR to an account executive, with an acceptance SLA. The AE accepts it (the lead
/// becomes an Opportunity, with an estimated value and close date) or returns it with a reason (the lead
/// goes back to the SDR as SAL, and the reason travels with it).
/// </summary>
public sealed class SqlHandover
{
    public const int ReasonMaxLength = TextLimits.Reason;
    public const int ActorMaxLength = TextLimits.Actor;

    private SqlHandover() { }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public string AeUserId { get; private set; } = "";
    /// <summary>The AE was picked by the round-robin rule, not by the SDR.</summary>
    public bool ByRule { get; private set; }
    public string HandedOverById { get; private set; } = "";
    public string HandedOverBy { get; private set; } = "";
    public DateTime HandedOverAt { get; private set; }
    public DateTime DueAt { get; private set; }
    public HandoverStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public decimal? EstimatedValue { get; private set; }
    public DateOnly? CloseOn { get; private set; }
    public string? ReturnReason { get; private set; }
    public int DefinitionVersion { get; private set; }

    public static SqlHandover Start(Lead lead, Actor by, string aeUserId, bool byRule, QualificationDefinition definition, DateTime at)
    {
        if (lead.Stage != LifecycleStage.SQL)
            throw new DomainException($"Only an SQL can be handed to an AE; this lead is {lead.Stage}.");
        if (!LeadAccessPolicy.MayHandOver(by.Viewer, lead))
            throw new DomainException("Only the SDR who owns this lead or one it is shared with, or a manager, can hand it over.");
        if (string.IsNullOrWhiteSpace(aeUserId))
            throw new DomainException("Choose the AE to hand the lead to.");
        return new SqlHandover
        {
            LeadId = lead.Id,
            AeUserId = aeUserId,
            ByRule = byRule,
            HandedOverById = by.UserId,
            HandedOverBy = by.Name,
            HandedOverAt = at,
            DueAt = SlaClock.DueAt(definition.Sla, SlaKind.SqlAcceptance, at),
            Status = HandoverStatus.Pending,
            DefinitionVersion = definition.Version,
        };
    }

    public SlaStatus Sla(SlaPolicy policy, DateTime now) => SlaClock.Status(policy, SlaKind.SqlAcceptance, HandedOverAt, DecidedAt ?? now);

    public StageChange Accept(Lead lead, Actor by, decimal estimatedValue, DateOnly closeOn, int definitionVersion, DateTime at)
    {
        EnsureMayDecide(lead, by);
        Ranges.EstimatedValue.Checked(estimatedValue);
        if (closeOn <= DateOnly.FromDateTime(at))
            throw new DomainException("The expected close date must be in the future.");
        var change = lead.MoveTo(new StageMove(LifecycleStage.Opportunity, by.Name,
            $"Handover accepted: estimated value {estimatedValue:N0}, expected to close {closeOn:d MMM yyyy}", definitionVersion, at));
        Decide(HandoverStatus.Accepted, by, at);
        EstimatedValue = estimatedValue;
        CloseOn = closeOn;
        return change;
    }

    public StageChange Return(Lead lead, Actor by, string? reason, int definitionVersion, DateTime at)
    {
        EnsureMayDecide(lead, by);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Returning a handover needs a reason.");
        reason = reason.Trim();
        if (reason.Length > ReasonMaxLength)
            throw new DomainException($"A return reason is limited to {ReasonMaxLength} characters.");
        var change = lead.ReturnFromAe(by.Name, reason, definitionVersion, at);
        Decide(HandoverStatus.Returned, by, at);
        ReturnReason = reason;
        return change;
    }

    private void EnsureMayDecide(Lead lead, Actor by)
    {
        if (lead.Id != LeadId)
            throw new DomainException("The handover belongs to another lead.");
        if (Status != HandoverStatus.Pending)
            throw new DomainException($"This handover was already {Status.ToString().ToLowerInvariant()}.");
        if (!LeadAccessPolicy.MayDecideHandover(by.Viewer, this))
            throw new DomainException("Only the AE it was handed to, or a manager, can accept or return this handover.");
    }

    private void Decide(HandoverStatus status, Actor by, DateTime at)
    {
        Status = status;
        DecidedBy = by.Name;
        DecidedAt = at;
    }
}
