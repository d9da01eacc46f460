namespace SdrWorkspace.Domain.Leads;

/// <summary>A manager let another SDR see and work a lead they do not own (cover for an absence, a second opinion).</summary>
public sealed class LeadShare
{
    public const int SharedByMaxLength = 256;

    private LeadShare() { }

    internal LeadShare(int leadId, string userId, string sharedBy, DateTime at)
    {
        LeadId = leadId;
        UserId = userId;
        SharedBy = sharedBy;
        At = at;
    }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public string UserId { get; private set; } = "";
    public string SharedBy { get; private set; } = "";
    public DateTime At { get; private set; }
}
