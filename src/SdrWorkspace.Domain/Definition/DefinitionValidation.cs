using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;
using Field = SdrWorkspace.Domain.Definition.DefinitionField;

namespace SdrWorkspace.Domain.Definition;

/// <summary>
/// What a definition must satisfy before it can be adopted. Each problem is a sentence a manager can act on, with
/// the setting it is about; an empty list means the draft is sound.
/// </summary>
public static class DefinitionValidation
{
    /// <summary>Signals too weak to be a hand-raise: opens alone show interest, not intent.</summary>
    private static readonly EngagementSignal[] NeverHandRaises = [EngagementSignal.None, EngagementSignal.EmailOpen];

    public static IReadOnlyList<DefinitionProblem> Problems(QualificationDefinition d)
    {
        var problems = new List<DefinitionProblem>();
        void Require(bool ok, string field, string problem)
        {
            if (!ok)
                problems.Add(new DefinitionProblem(field, problem));
        }

        Require(d.Fit.Count > 0 && d.Fit.Sum(c => (long)c.Weight) > 0, Field.Fit, "ICP fit needs at least one criterion with a weight above 0.");
        foreach (var criterion in d.Fit)
        {
            var name = Labels.Of(criterion.Attribute);
            var matches = Field.FitMatches(criterion.Attribute);
            Require(Ranges.Score.Contains(criterion.Weight), Field.FitWeight(criterion.Attribute), $"ICP fit: the weight of {name} {Ranges.Score.Requirement}.");
            Require(criterion.Matches.All(m => Ranges.Share.Contains(m.Share)), matches, $"ICP fit: a share of {name} {Ranges.Share.Requirement}.");
            if (Ranges.Of(criterion.Attribute) is { } range)
                Require(criterion.Matches.All(m => (m.Min is null || range.Contains(m.Min.Value)) && (m.Max is null || range.Contains(m.Max.Value))), matches,
                    $"ICP fit: a range of {name} {range.Requirement}.");
            Require(criterion.Matches.All(m => m.Min is null || m.Max is null || m.Min <= m.Max), matches, $"ICP fit: a range of {name} has its minimum above its maximum.");
            Require(criterion.Matches.All(m => TextLimits.Fits(m.Value, TextLimits.DefinitionMatchValue)), matches,
                $"ICP fit: a value {name} matches is longer than {TextLimits.DefinitionMatchValue} characters.");
            if (criterion.Matches.FirstOrDefault(m => m.Value is { } v && TextLimits.Fits(v, TextLimits.DefinitionMatchValue) && !FitValues.IsKnown(criterion.Attribute, v)) is { } unknown)
                Require(false, matches, $"ICP fit: \"{unknown.Value}\" is not a {name.ToLowerInvariant()} a lead can have; choose one from the list.");
        }
        Require(d.Fit.Select(c => c.Attribute).Distinct().Count() == d.Fit.Count, Field.Fit, "ICP fit: each attribute may appear only once.");

        Require(Ranges.HalfLifeDays.Contains(d.Engagement.HalfLifeDays), Field.HalfLife, "Engagement: the half-life must be between 1 day and 10 years.");
        foreach (var weight in d.Engagement.Weights)
            Require(Ranges.SignalPoints.Contains(weight.Points) && Ranges.SignalPoints.Contains(weight.MaxPoints) && weight.MaxPoints >= weight.Points,
                Field.SignalWeight(weight.Signal),
                $"Engagement: {weight.Signal.Label()} needs points between 0 and {Ranges.SignalPoints.Max} and a maximum at least as high as its points.");
        Require(Ranges.Share.Contains(d.FitShareOfScore), Field.FitShare, $"The share of fit in the score {Ranges.Share.Requirement}.");
        Require(Ranges.PriorityThreshold.Contains(d.Priority.Warm) && Ranges.PriorityThreshold.Contains(d.Priority.Hot) && d.Priority.Warm < d.Priority.Hot,
            Field.Priority, "Priority bands: Warm must be above 0 and below Hot, and Hot at most 100.");

        Require(Ranges.Score.Contains(d.Mql.MinFit), Field.MinFit, $"MQL rule: the minimum fit {Ranges.Score.Requirement}.");
        Require(Ranges.Score.Contains(d.Mql.MinEngagement), Field.MinEngagement, $"MQL rule: the minimum engagement {Ranges.Score.Requirement}.");
        Require(Ranges.HandRaiseWindowDays.Contains(d.Mql.HandRaiseWindowDays), Field.HandRaiseWindow, "MQL rule: the hand-raise window must be between 1 and 365 days.");
        Require(!d.Mql.HandRaises.Any(NeverHandRaises.Contains), Field.HandRaises,
            "MQL rule: an email open shows interest, not intent, and is never a hand-raise.");

        foreach (var rule in d.Frameworks.Rules)
        {
            var criteria = FrameworkCatalogue.Criteria(rule.Framework);
            Require(rule.MinConfirmed >= 1 && rule.MinConfirmed <= criteria.Count, Field.FrameworkPass(rule.Framework),
                $"{rule.Framework}: the pass rule must need between 1 and {criteria.Count} confirmed criteria.");
            Require(rule.Required.All(r => criteria.Any(c => c.Key == r)), Field.FrameworkRequired(rule.Framework), $"{rule.Framework}: a required criterion is not one of its criteria.");
        }
        Require(d.Frameworks.Rules.Any(r => r.Framework == d.Frameworks.Default), Field.DefaultFramework, "The default framework needs a pass rule.");

        Require(Ranges.ResponseMinutes.Contains(d.Sla.HighIntentResponseMinutes), Field.ResponseMinutes, "SLA: the response time to a hand-raise must be between 1 minute and a day.");
        Require(Ranges.AcceptanceWorkingDays.Contains(d.Sla.MqlAcceptanceWorkingDays), Field.MqlAcceptance, "SLA: MQL acceptance must be between 1 and 30 working days.");
        Require(Ranges.AcceptanceWorkingDays.Contains(d.Sla.SqlAcceptanceWorkingDays), Field.SqlAcceptance, "SLA: SQL acceptance must be between 1 and 30 working days.");

        Require(Ranges.CadenceTouches.Contains(d.Cadence.MinTouches) && Ranges.CadenceTouches.Contains(d.Cadence.MaxTouches) && d.Cadence.MinTouches <= d.Cadence.MaxTouches,
            Field.CadenceTouches, $"Cadence: between 1 and {Ranges.CadenceTouches.Max} touches, and the minimum no more than the maximum.");
        Require(Ranges.CadenceDays.Contains(d.Cadence.MinDays) && Ranges.CadenceDays.Contains(d.Cadence.MaxDays) && d.Cadence.MinDays <= d.Cadence.MaxDays,
            Field.CadenceDays, $"Cadence: between 1 and {Ranges.CadenceDays.Max} days, and the minimum no more than the maximum.");
        Require(Ranges.NurtureMonths.Contains(d.Cadence.NurtureMonths), Field.CadenceNurture, "Cadence: nurture must last between 1 and 24 months.");
        foreach (var disposition in d.Dispositions)
            Require(Ranges.DispositionNurtureMonths.Contains(disposition.NurtureMonths), Field.DispositionNurture(disposition.Code),
                $"Dispositions: nurture months of {disposition.Label} {Ranges.DispositionNurtureMonths.Requirement}.");
        return problems;
    }
}
