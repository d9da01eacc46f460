using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Handover;

/// <summary>One message in the thread on a rejected MQL: marketing asks or explains, sales answers; it stays on the lead.</summary>
public sealed class RejectionComment
{
    public const int TextMaxLength = 2000;

    private RejectionComment() { }

    private RejectionComment(MqlReview review, HandoverActor by, string text, DateTime at)
    {
        LeadId = review.LeadId;
        MqlReviewId = review.Id;
        AuthorId = by.UserId;
        Author = by.Name;
        Text = text;
        At = at;
    }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public long MqlReviewId { get; private set; }
    public string AuthorId { get; private set; } = "";
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime At { get; private set; }

    /// <summary>Marketing and managers may write on any rejection; the SDR who rejected may answer on theirs.</summary>
    public static RejectionComment On(MqlReview review, HandoverActor by, string? text, DateTime at)
    {
        if (review.Outcome != MqlOutcome.Rejected)
            throw new DomainException("Only a rejected MQL has a thread.");
        if (!by.Is(Roles.Marketing) && !by.IsManager && by.UserId != review.DecidedById)
            throw new DomainException("Only marketing, a manager or the SDR who rejected the MQL can comment on the rejection.");
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException("A comment needs some text.");
        text = text.Trim();
        if (text.Length > TextMaxLength)
            throw new DomainException($"A comment is limited to {TextMaxLength} characters.");
        return new RejectionComment(review, by, text, at);
    }
}
