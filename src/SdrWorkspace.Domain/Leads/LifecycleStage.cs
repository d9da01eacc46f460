namespace SdrWorkspace.Domain.Leads;

public enum LifecycleStage
{
    Lead,
    MQL,
    SAL,
    SQL,
    Opportunity,
    Nurture,
    Disqualified,
}
