using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Leads;

/// <summary>One stored transition. Nothing is deleted: the history is the audit trail.</summary>
public sealed class StageChange
{
    public const int ReasonMaxLength = TextLimits.Reason;
    public const int ActorMaxLength = TextLimits.Actor;

    private StageChange() { }

    internal StageChange(LifecycleStage? from, StageMove move)
    {
        From = from;
        To = move.To;
        Actor = move.Actor;
        Reason = move.Reason.Length > ReasonMaxLength ? move.Reason[..ReasonMaxLength] : move.Reason;
        DefinitionVersion = move.DefinitionVersion;
        At = move.At;
    }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public LifecycleStage? From { get; private set; }
    public LifecycleStage To { get; private set; }
    public string Actor { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public int DefinitionVersion { get; private set; }
    public DateTime At { get; private set; }
}
