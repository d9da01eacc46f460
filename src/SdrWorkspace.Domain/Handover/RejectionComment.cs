using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Handover;

/// <summary>
/// One message in the thread on a rejected MQL: marketing asks or explains, sales answers. It hangs on
/// the rejection itself (the MQL-to-Lead move in the lead's history), so the thread stays on the lead.
/// </summary>
public sealed class RejectionComment
{
    public const int TextMaxLength = TextLimits.Comment;
    public const int AuthorMaxLength = TextLimits.Actor;

    private RejectionComment() { }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public long RejectionId { get; private set; }
    public string AuthorId { get; private set; } = "";
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime At { get; private set; }

    public static bool IsMqlRejection(StageChange change) => change is { From: LifecycleStage.MQL, To: LifecycleStage.Lead };

    /// <summary>Marketing and managers may write on any rejection; the SDR who rejected may answer on theirs.</summary>
    public static RejectionComment On(StageChange rejection, Actor by, string? text, DateTime at)
    {
        if (!IsMqlRejection(rejection))
            throw new DomainException("Only a rejected MQL has a thread.");
        if (!by.Viewer.Is(Roles.Marketing) && !by.Viewer.IsManager && by.Name != rejection.Actor)
            throw new DomainException("Only marketing, a manager or the SDR who rejected the MQL can comment on the rejection.");
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("A comment needs some text.");
        text = text.Trim();
        if (text.Length > TextMaxLength)
            throw new DomainException($"A comment is limited to {TextMaxLength} characters.");
        return new RejectionComment
        {
            LeadId = rejection.LeadId, RejectionId = rejection.Id, AuthorId = by.UserId, Author = by.Name, Text = text, At = at,
        };
    }
}
