using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Definition;

/// <summary>
/// Version 1: the published defaults of B2B lead qualification and the demo company's ICP (B2B software: Software, Internet, Financial
/// or Professional Services; 50-5,000 employees; North America or Europe; Director and above in Sales,
/// Marketing, Revenue Operations or IT).
/// </summary>
public static class DefaultDefinition
{
    public static QualificationDefinition Create() => new()
    {
        Version = 1,
        Fit =
        [
            new(FitAttribute.Industry, 20,
            [
                new("Software"), new("Internet"), new("Financial Services"), new("Professional Services"),
            ]),
            new(FitAttribute.Employees, 20,
            [
                new(Min: 50, Max: 5000),
                new(Min: 20, Max: 49, Share: 0.5),
                new(Min: 5001, Max: 10000, Share: 0.5),
            ]),
            new(FitAttribute.AnnualRevenue, 10, [new(Min: 5_000_000, Max: 2_000_000_000)]),
            new(FitAttribute.Region, 15, [new(Regions.NorthAmerica), new(Regions.Europe)]),
            new(FitAttribute.Seniority, 15,
            [
                new(nameof(Seniority.CLevel)), new(nameof(Seniority.VP)), new(nameof(Seniority.Director)),
                new(nameof(Seniority.Manager), Share: 0.4),
            ]),
            new(FitAttribute.JobFunction, 10,
            [
                new(nameof(JobFunction.Sales)), new(nameof(JobFunction.Marketing)),
                new(nameof(JobFunction.RevenueOperations)), new(nameof(JobFunction.IT)),
            ]),
            new(FitAttribute.BuyingRole, 10,
            [
                new(nameof(BuyingRole.EconomicBuyer)),
                new(nameof(BuyingRole.TechnicalEvaluator), Share: 0.7),
                new(nameof(BuyingRole.User), Share: 0.3),
            ]),
        ],
        Engagement = new(HalfLifeDays: 30,
        [
            new(EngagementSignal.DemoRequest, 45, 60),
            new(EngagementSignal.MeetingBooked, 45, 60),
            new(EngagementSignal.PositiveReply, 40, 60),
            new(EngagementSignal.PricingPageVisit, 15, 30),
            new(EngagementSignal.WebinarAttended, 12, 24),
            new(EngagementSignal.ContentDownload, 10, 20),
            new(EngagementSignal.Reply, 10, 20),
            new(EngagementSignal.FormSubmit, 8, 16),
            new(EngagementSignal.WebinarRegistered, 5, 10),
            new(EngagementSignal.EmailClick, 4, 12),
            new(EngagementSignal.PageVisit, 2, 10),
            // Opens are the weakest signal and capped: no number of them reaches the MQL threshold.
            new(EngagementSignal.EmailOpen, 1, 5),
        ]),
        FitShareOfScore = 0.5,
        Priority = new(Hot: 70, Warm: 45),
        Mql = new(MinFit: 60, MinEngagement: 25,
            HandRaises: [EngagementSignal.DemoRequest, EngagementSignal.MeetingBooked, EngagementSignal.PositiveReply],
            HandRaiseWindowDays: 30),
        Frameworks = new(Framework.BANT,
        [
            new(Framework.BANT, MinConfirmed: 3, Required: []),
            new(Framework.MEDDIC, MinConfirmed: 5, Required: ["economic_buyer", "identify_pain", "champion"]),
            new(Framework.CHAMP, MinConfirmed: 3, Required: ["challenges"]),
        ]),
        Sla = new(HighIntentResponseMinutes: 5, MqlAcceptanceWorkingDays: 1, SqlAcceptanceWorkingDays: 2),
        Cadence = new(MinTouches: 8, MaxTouches: 15, MinDays: 14, MaxDays: 28, NurtureMonths: 4),
        Dispositions =
        [
            new(DispositionCode.Interested, "Interested", 'i', EngagementSignal.PositiveReply, StageEffect.HandRaise, CadenceEffect.Stop, ContactEffect.None, NeedsDate: false),
            new(DispositionCode.MeetingRequested, "Meeting requested", 'm', EngagementSignal.PositiveReply, StageEffect.HandRaise, CadenceEffect.Stop, ContactEffect.None, NeedsDate: false),
            new(DispositionCode.Referral, "Referral", 'r', EngagementSignal.Reply, StageEffect.None, CadenceEffect.Stop, ContactEffect.None, NeedsDate: false),
            new(DispositionCode.Timing, "Timing (not now)", 't', EngagementSignal.Reply, StageEffect.Nurture, CadenceEffect.PauseUntilDate, ContactEffect.None, NeedsDate: true, StageReason: "Reply: not now, follow up later"),
            new(DispositionCode.NotIcp, "Not ICP", 'x', EngagementSignal.None, StageEffect.Disqualify, CadenceEffect.Stop, ContactEffect.None, NeedsDate: false, StageReason: "Reply: not in our ICP"),
            new(DispositionCode.NoNeed, "No need", 'n', EngagementSignal.None, StageEffect.Nurture, CadenceEffect.Stop, ContactEffect.None, NeedsDate: false, StageReason: "Reply: no need today", NurtureMonths: 6),
            new(DispositionCode.Competitor, "Using a competitor", 'c', EngagementSignal.None, StageEffect.Nurture, CadenceEffect.Stop, ContactEffect.None, NeedsDate: false, StageReason: "Reply: using a competitor", NurtureMonths: 6),
            new(DispositionCode.PriceObjection, "Price objection", 'p', EngagementSignal.Reply, StageEffect.None, CadenceEffect.Continue, ContactEffect.None, NeedsDate: false),
            new(DispositionCode.OutOfOffice, "Out of office", 'o', EngagementSignal.None, StageEffect.None, CadenceEffect.PauseUntilDate, ContactEffect.None, NeedsDate: true),
            new(DispositionCode.WrongContact, "Wrong contact / bounced", 'w', EngagementSignal.None, StageEffect.None, CadenceEffect.Stop, ContactEffect.BadData, NeedsDate: false),
            new(DispositionCode.Unsubscribe, "Unsubscribe", 'u', EngagementSignal.None, StageEffect.None, CadenceEffect.Stop, ContactEffect.DoNotContact, NeedsDate: false),
        ],
    };
}
