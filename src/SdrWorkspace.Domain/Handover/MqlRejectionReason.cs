namespace SdrWorkspace.Domain.Handover;

/// <summary>Why an SDR sends an MQL back to marketing; <see cref="Other"/> must say why in words.</summary>
public enum MqlRejectionReason
{
    NotIcp,
    NoIntent,
    BadData,
    Duplicate,
    AlreadyInDeal,
    Other,
}

public static class MqlRejectionReasons
{
    public static readonly IReadOnlyList<MqlRejectionReason> All = Enum.GetValues<MqlRejectionReason>();

    public static string Label(MqlRejectionReason reason) => reason switch
    {
        MqlRejectionReason.NotIcp => "Not ICP",
        MqlRejectionReason.NoIntent => "No intent",
        MqlRejectionReason.BadData => "Bad data",
        MqlRejectionReason.Duplicate => "Duplicate",
        MqlRejectionReason.AlreadyInDeal => "Already in a deal",
        MqlRejectionReason.Other => "Other",
        _ => reason.ToString(),
    };
}
