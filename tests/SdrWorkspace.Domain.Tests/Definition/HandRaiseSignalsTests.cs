using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

/// <summary>High intent is whatever the definition's hand-raise signals say, for every rule that asks.</summary>
public class HandRaiseSignalsTests
{
    /// <summary>A company that counts a form submit as a hand-raise and a booked meeting as not one.</summary>
    private static QualificationDefinition FormsAreHandRaises()
    {
        var definition = Definitions.Default;
        return definition with { Mql = definition.Mql with { HandRaises = [EngagementSignal.DemoRequest, EngagementSignal.FormSubmit] } };
    }

    [Fact]
    public void AnEventIsHighIntentExactlyWhenTheDefinitionCallsItsSignalAHandRaise()
    {
        var form = new EngagementFact(EngagementType.FormSubmit, TestClock.Now);
        var meeting = new EngagementFact(EngagementType.MeetingBooked, TestClock.Now);

        Assert.Equal((false, true), (Definitions.Default.IsHandRaise(form), Definitions.Default.IsHandRaise(meeting)));
        Assert.Equal((true, false), (FormsAreHandRaises().IsHandRaise(form), FormsAreHandRaises().IsHandRaise(meeting)));
    }

    [Fact]
    public void ACodedReplyIsHighIntentWhenItsCodesSignalIsAHandRaise()
    {
        var interested = new EngagementFact(EngagementType.EmailReply, TestClock.Now, Disposition: DispositionCode.Interested);
        var timing = new EngagementFact(EngagementType.EmailReply, TestClock.Now, Disposition: DispositionCode.Timing);

        Assert.Equal((true, false), (Definitions.Default.IsHandRaise(interested), Definitions.Default.IsHandRaise(timing)));
    }

    [Fact]
    public void TheEventTypesThatMayBeHandRaisesFollowTheDefinition()
    {
        Assert.Equal([EngagementType.EmailReply, EngagementType.DemoRequest, EngagementType.MeetingBooked], Definitions.Default.HandRaiseTypes.Order());
        Assert.Equal([EngagementType.FormSubmit, EngagementType.DemoRequest], FormsAreHandRaises().HandRaiseTypes.Order());
    }

    [Fact]
    public void ALeadsLastHighIntentFollowsTheDefinition()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var events = EventsBuilder.None.FormFill(daysAgo: 1).MeetingBooked(daysAgo: 2).Build();

        Assert.Equal(TestClock.DaysAgo(2), LeadScorer.Score(Definitions.Default, lead.FitProfile, events, TestClock.Now).LastHighIntentAt);
        Assert.Equal(TestClock.DaysAgo(1), LeadScorer.Score(FormsAreHandRaises(), lead.FitProfile, events, TestClock.Now).LastHighIntentAt);
    }

    [Fact]
    public void RecyclingRestartsTheCadenceOnWhatTheDefinitionCallsAHandRaise()
    {
        var spent = Enumerable.Range(0, 7).Select(i => (TestClock.DaysAgo(38 - 6 * i), false)).ToList();
        var events = EventsBuilder.None.FormFill(daysAgo: 0.01).Build();
        Lead ScoredUnder(QualificationDefinition definition)
        {
            var lead = LeadBuilder.IcpFit().CreatedAt(TestClock.DaysAgo(40)).Build();
            lead.ApplyScore(LeadScorer.Score(definition, lead.FitProfile, events, TestClock.Now), TestClock.Now);
            return lead;
        }

        Assert.NotNull(Recycling.RecycleIfSpent(ScoredUnder(Definitions.Default), Definitions.Default, spent, TestClock.Now));
        Assert.Null(Recycling.RecycleIfSpent(ScoredUnder(FormsAreHandRaises()), FormsAreHandRaises(), spent, TestClock.Now));
    }
}
