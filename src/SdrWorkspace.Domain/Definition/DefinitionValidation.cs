using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Domain.Definition;

/// <summary>
/// What a definition must satisfy before it can be adopted. Each problem is a sentence a manager can act on;
/// an empty list means the draft is sound.
/// </summary>
public static class DefinitionValidation
{
    public static IReadOnlyList<string> Problems(QualificationDefinition d)
    {
        var problems = new List<string>();
        void Require(bool ok, string problem)
        {
            if (!ok)
                problems.Add(problem);
        }

        Require(d.Fit.Count > 0 && d.Fit.Sum(c => (long)c.Weight) > 0, "ICP fit needs at least one criterion with a weight above 0.");
        foreach (var criterion in d.Fit)
        {
            var name = DefinitionDiff.Humanize(criterion.Attribute.ToString());
            Require(Ranges.Score.Contains(criterion.Weight), $"ICP fit: the weight of {name} {Ranges.Score.Requirement}.");
            Require(criterion.Matches.All(m => Ranges.Share.Contains(m.Share)), $"ICP fit: a share of {name} {Ranges.Share.Requirement}.");
            if (Ranges.Of(criterion.Attribute) is { } range)
                Require(criterion.Matches.All(m => (m.Min is null || range.Contains(m.Min.Value)) && (m.Max is null || range.Contains(m.Max.Value))),
                    $"ICP fit: a range of {name} {range.Requirement}.");
            Require(criterion.Matches.All(m => m.Min is null || m.Max is null || m.Min <= m.Max), $"ICP fit: a range of {name} has its minimum above its maximum.");
            Require(criterion.Matches.All(m => TextLimits.Fits(m.Value, TextLimits.DefinitionMatchValue)),
                $"ICP fit: a value {name} matches is longer than {TextLimits.DefinitionMatchValue} characters.");
        }
        Require(d.Fit.Select(c => c.Attribute).Distinct().Count() == d.Fit.Count, "ICP fit: each attribute may appear only once.");

        Require(Ranges.HalfLifeDays.Contains(d.Engagement.HalfLifeDays), "Engagement: the half-life must be between 1 day and 10 years.");
        foreach (var weight in d.Engagement.Weights)
            Require(Ranges.SignalPoints.Contains(weight.Points) && Ranges.SignalPoints.Contains(weight.MaxPoints) && weight.MaxPoints >= weight.Points,
                $"Engagement: {weight.Signal} needs points between 0 and {Ranges.SignalPoints.Max} and a maximum at least as high as its points.");
        Require(Ranges.Share.Contains(d.FitShareOfScore), $"The share of fit in the score {Ranges.Share.Requirement}.");
        Require(Ranges.PriorityThreshold.Contains(d.Priority.Warm) && Ranges.PriorityThreshold.Contains(d.Priority.Hot) && d.Priority.Warm < d.Priority.Hot,
            "Priority bands: Warm must be above 0 and below Hot, and Hot at most 100.");

        Require(Ranges.Score.Contains(d.Mql.MinFit), $"MQL rule: the minimum fit {Ranges.Score.Requirement}.");
        Require(Ranges.Score.Contains(d.Mql.MinEngagement), $"MQL rule: the minimum engagement {Ranges.Score.Requirement}.");
        Require(Ranges.HandRaiseWindowDays.Contains(d.Mql.HandRaiseWindowDays), "MQL rule: the hand-raise window must be between 1 and 365 days.");

        foreach (var rule in d.Frameworks.Rules)
        {
            var criteria = FrameworkCatalogue.Criteria(rule.Framework);
            Require(rule.MinConfirmed >= 1 && rule.MinConfirmed <= criteria.Count,
                $"{rule.Framework}: the pass rule must need between 1 and {criteria.Count} confirmed criteria.");
            Require(rule.Required.All(r => criteria.Any(c => c.Key == r)), $"{rule.Framework}: a required criterion is not one of its criteria.");
        }
        Require(d.Frameworks.Rules.Any(r => r.Framework == d.Frameworks.Default), "The default framework needs a pass rule.");

        Require(Ranges.ResponseMinutes.Contains(d.Sla.HighIntentResponseMinutes), "SLA: the response time to a hand-raise must be between 1 minute and a day.");
        Require(Ranges.AcceptanceWorkingDays.Contains(d.Sla.MqlAcceptanceWorkingDays), "SLA: MQL acceptance must be between 1 and 30 working days.");
        Require(Ranges.AcceptanceWorkingDays.Contains(d.Sla.SqlAcceptanceWorkingDays), "SLA: SQL acceptance must be between 1 and 30 working days.");

        Require(Ranges.CadenceTouches.Contains(d.Cadence.MinTouches) && Ranges.CadenceTouches.Contains(d.Cadence.MaxTouches) && d.Cadence.MinTouches <= d.Cadence.MaxTouches,
            $"Cadence: between 1 and {Ranges.CadenceTouches.Max} touches, and the minimum no more than the maximum.");
        Require(Ranges.CadenceDays.Contains(d.Cadence.MinDays) && Ranges.CadenceDays.Contains(d.Cadence.MaxDays) && d.Cadence.MinDays <= d.Cadence.MaxDays,
            $"Cadence: between 1 and {Ranges.CadenceDays.Max} days, and the minimum no more than the maximum.");
        Require(Ranges.NurtureMonths.Contains(d.Cadence.NurtureMonths), "Cadence: nurture must last between 1 and 24 months.");
        Require(d.Dispositions.All(x => Ranges.DispositionNurtureMonths.Contains(x.NurtureMonths)), $"Dispositions: nurture months {Ranges.DispositionNurtureMonths.Requirement}.");
        return problems;
    }
}
