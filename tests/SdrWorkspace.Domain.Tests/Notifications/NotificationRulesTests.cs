using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Notifications;

public class NotificationRulesTests
{
    private const string Sdr = "sdr-1";
    private static readonly DateTime Now = TestClock.Now;

    /// <summary>A plain lead of the SDR's, created a week ago, with nothing new.</summary>
    private static LeadNoticeFacts Quiet(LifecycleStage stage = LifecycleStage.Lead) =>
        new(7, "Ana Ruiz", Sdr, stage, Now.AddDays(-7), 30, null, null, null, Now.AddDays(-7), false);

    private static List<NotificationIntent> For(LeadNoticeFacts lead) => NotificationRules.ForLead(lead, Definitions.Default, Now).ToList();

    [Fact]
    public void AQuietLeadNotifiesNobody() => Assert.Empty(For(Quiet()));

    [Fact]
    public void AnUnansweredHandRaiseIsAHotLeadForItsOwner()
    {
        var lead = Quiet() with { LastHighIntentAt = Now.AddMinutes(-1), LastHighIntentSignal = EngagementSignal.DemoRequest };

        var hot = Assert.Single(For(lead));

        Assert.Equal((Sdr, NotificationKind.HotLead, 7), (hot.UserId, hot.Kind, hot.LeadId!.Value));
        Assert.Contains("Ana Ruiz", hot.Text);
    }

    [Fact]
    public void AHandRaiseAlreadyAnsweredByATouchIsNoNews()
    {
        var lead = Quiet() with { LastHighIntentAt = Now.AddMinutes(-10), LastTouchAt = Now.AddMinutes(-5) };

        Assert.Empty(For(lead));
    }

    [Fact]
    public void AHandRaiseOlderThanTheSpeedToLeadHorizonIsNoLongerNews()
    {
        var lead = Quiet() with { LastHighIntentAt = Now - NotificationRules.Horizon - TimeSpan.FromMinutes(1) };

        Assert.DoesNotContain(For(lead), i => i.Kind == NotificationKind.HotLead);
    }

    [Fact]
    public void AnUnansweredHandRaiseInTheLastFifthOfItsSlaWarnsTheOwnerOnce()
    {
        // Five minutes to answer by default: at four minutes, one is left (a fifth).
        var lead = Quiet() with { LastHighIntentAt = Now.AddMinutes(-4) };

        var sla = Assert.Single(For(lead), i => i.Kind == NotificationKind.SlaDueSoon);
        var again = Assert.Single(NotificationRules.ForLead(lead, Definitions.Default, Now.AddSeconds(30)), i => i.Kind == NotificationKind.SlaDueSoon);

        Assert.Equal(sla.Occurrence, again.Occurrence);
    }

    [Fact]
    public void ABreachedSlaIsNotAboutToBreach()
    {
        var lead = Quiet() with { LastHighIntentAt = Now.AddMinutes(-6) };

        Assert.DoesNotContain(For(lead), i => i.Kind == NotificationKind.SlaDueSoon);
    }

    [Fact]
    public void ALeadInTheDefinitionsHotBandJustAssignedIsAHotLead()
    {
        var hotScore = Definitions.Default.Priority.Hot;
        var lead = Quiet() with { Score = hotScore, AssignedAt = Now.AddMinutes(-1) };
        var warm = lead with { Score = hotScore - 1 };

        Assert.Equal(NotificationKind.HotLead, Assert.Single(For(lead)).Kind);
        Assert.Empty(For(warm));
    }

    [Fact]
    public void ANewMqlNotifiesItsOwnerAndAReassignmentNotifiesTheNewOwner()
    {
        var mql = Quiet(LifecycleStage.MQL) with { StageChangedAt = Now.AddHours(-1) };
        var reassigned = mql with { OwnerId = "sdr-2" };

        var first = Assert.Single(For(mql));
        var second = Assert.Single(For(reassigned));

        Assert.Equal((Sdr, NotificationKind.MqlAssigned), (first.UserId, first.Kind));
        Assert.Equal(("sdr-2", NotificationKind.MqlAssigned), (second.UserId, second.Kind));
    }

    [Fact]
    public void AnMqlNearTheEndOfItsAcceptanceSlaWarnsItsOwner()
    {
        // One working day to answer: the last fifth begins after about 19 hours.
        var mql = Quiet(LifecycleStage.MQL) with { StageChangedAt = Now.AddHours(-20) };

        Assert.Contains(For(mql), i => i.Kind == NotificationKind.SlaDueSoon && i.Text.Contains("MQL acceptance"));
    }

    [Theory]
    [InlineData(LifecycleStage.SQL)]
    [InlineData(LifecycleStage.Opportunity)]
    [InlineData(LifecycleStage.Disqualified)]
    public void LeadsNoLongerWithTheSdrNotifyNobody(LifecycleStage stage)
    {
        var lead = Quiet(stage) with { LastHighIntentAt = Now.AddMinutes(-4), StageChangedAt = Now.AddHours(-1) };

        Assert.Empty(For(lead));
    }

    [Fact]
    public void UnownedAndDoNotContactLeadsNotifyNobody()
    {
        var raised = Quiet(LifecycleStage.MQL) with { LastHighIntentAt = Now.AddMinutes(-1), StageChangedAt = Now.AddHours(-1) };

        Assert.Empty(For(raised with { OwnerId = null }));
        Assert.Empty(For(raised with { DoNotContact = true }));
    }

    [Fact]
    public void AReturnedSqlNotifiesItsOwnerAndTheSdrWhoHandedItOverButNotTheAe()
    {
        var intents = NotificationRules.SqlReturned(7, "Ana Ruiz", [Sdr, "sdr-2", Sdr, null], 3, "Chris Ortega", "ae-1", "No budget this year").ToList();

        var delivered = NotificationRules.Deliverable(intents, (_, _) => false);

        Assert.Equal([Sdr, "sdr-2"], delivered.Select(i => i.UserId));
        Assert.All(delivered, i => Assert.Equal("Chris Ortega returned Ana Ruiz: No budget this year", i.Text));
    }

    [Fact]
    public void ACommentNotifiesTheRejectingSdrAndEarlierCommentersButNeverItsAuthor()
    {
        var byMarketing = NotificationRules.RejectionComment(7, "Ana Ruiz", 1, "mkt-1", "Mia", "Why?", [Sdr]);
        var sdrAnswers = NotificationRules.RejectionComment(7, "Ana Ruiz", 2, Sdr, "Sam", "Wrong person", [Sdr, "mkt-1", "mkt-1"]);

        Assert.Equal([Sdr], NotificationRules.Deliverable(byMarketing, (_, _) => false).Select(i => i.UserId));
        Assert.Equal(["mkt-1"], NotificationRules.Deliverable(sdrAnswers, (_, _) => false).Select(i => i.UserId));
    }

    [Fact]
    public void AProposalNotifiesEveryManagerButTheProposer()
    {
        var intents = NotificationRules.ProposalToReview(4, 2, "Add fintech", "mgr-1", "Pat", ["mgr-1", "mgr-2"]);

        var delivered = Assert.Single(NotificationRules.Deliverable(intents, (_, _) => false));

        Assert.Equal(("mgr-2", 4, (int?)null), (delivered.UserId, delivered.DraftId!.Value, delivered.LeadId));
    }

    [Fact]
    public void AMutedKindIsNotDeliveredToThatUserButStillToOthers()
    {
        var intents = NotificationRules.ProposalToReview(4, 2, "Add fintech", "mkt-1", "Mia", ["mgr-1", "mgr-2"]);

        var delivered = NotificationRules.Deliverable(intents, (user, kind) => user == "mgr-1" && kind == NotificationKind.ProposalToReview);

        Assert.Equal(["mgr-2"], delivered.Select(i => i.UserId));
    }

    [Fact]
    public void TheSameEventNoticedTwiceIsDeliveredOnce()
    {
        var lead = Quiet() with { LastHighIntentAt = Now.AddMinutes(-1) };

        Assert.Single(NotificationRules.Deliverable(For(lead).Concat(For(lead)), (_, _) => false));
    }

    [Fact]
    public void TextIsOneLineAndBoundedWithoutSplittingAnEmoji()
    {
        var hostile = "<script>alert(1)</script>\n" + string.Concat(Enumerable.Repeat("שלום 🙂 ", 200));

        var kept = Notification.Bounded(hostile);

        Assert.InRange(kept.Length, Notification.TextMaxLength - 1, Notification.TextMaxLength);
        Assert.EndsWith("…", kept);
        Assert.DoesNotContain('\n', kept);
        Assert.False(char.IsHighSurrogate(kept[^2]));
        Assert.StartsWith("<script>alert(1)</script> שלום", kept);
    }
}
