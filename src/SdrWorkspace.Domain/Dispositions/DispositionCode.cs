namespace SdrWorkspace.Domain.Dispositions;

/// <summary>The code every inbound reply gets (DESIGN: "Reply dispositions").</summary>
public enum DispositionCode
{
    Interested,
    MeetingRequested,
    Referral,
    Timing,
    NotIcp,
    NoNeed,
    Competitor,
    PriceObjection,
    OutOfOffice,
    WrongContact,
    Unsubscribe,
}

/// <summary>What a code does to the lead's stage.</summary>
public enum StageEffect
{
    None,
    /// <summary>A hand-raise: an ICP-fit lead becomes an MQL at once.</summary>
    HandRaise,
    Nurture,
    Disqualify,
}

/// <summary>What a code does to the lead's outreach cadence.</summary>
public enum CadenceEffect
{
    Continue,
    /// <summary>Stop sequencing: a human takes the conversation from here.</summary>
    Stop,
    /// <summary>Pause until a date the SDR gives (return from out of office, follow-up date).</summary>
    PauseUntilDate,
}

/// <summary>What a code does to whether and how the contact may be reached.</summary>
public enum ContactEffect
{
    None,
    /// <summary>Out of every queue and cadence, kept for compliance.</summary>
    DoNotContact,
    /// <summary>Data-quality flag: the address or person is wrong.</summary>
    BadData,
}
