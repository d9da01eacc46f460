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

        Require(d.Fit.Count > 0 && d.Fit.Sum(c => c.Weight) > 0, "ICP fit needs at least one criterion with a weight above 0.");
        foreach (var criterion in d.Fit)
        {
            var name = DefinitionDiff.Humanize(criterion.Attribute.ToString());
            Require(criterion.Weight is >= 0 and <= 100, $"ICP fit: the weight of {name} must be between 0 and 100.");
            Require(criterion.Matches.All(m => m.Share is >= 0 and <= 1), $"ICP fit: a share of {name} must be between 0 and 1.");
            Require(criterion.Matches.All(m => m.Min is null || m.Max is null || m.Min <= m.Max), $"ICP fit: a range of {name} has its minimum above its maximum.");
            Require(criterion.Matches.All(m => TextLimits.Fits(m.Value, TextLimits.DefinitionMatchValue)),
                $"ICP fit: a value {name} matches is longer than {TextLimits.DefinitionMatchValue} characters.");
        }
        Require(d.Fit.Select(c => c.Attribute).Distinct().Count() == d.Fit.Count, "ICP fit: each attribute may appear only once.");

        Require(d.Engagement.HalfLifeDays is > 0 and <= 3650, "Engagement: the half-life must be between 1 day and 10 years.");
        foreach (var weight in d.Engagement.Weights)
            Require(weight.Points >= 0 && weight.MaxPoints >= weight.Points,
                $"Engagement: {weight.Signal} needs points of 0 or more and a maximum at least as high as its points.");
        Require(d.FitShareOfScore is >= 0 and <= 1, "The share of fit in the score must be between 0 and 1.");
        Require(d.Priority.Warm is > 0 and <= 100 && d.Priority.Hot is > 0 and <= 100 && d.Priority.Warm < d.Priority.Hot,
            "Priority bands: Warm must be above 0 and below Hot, and Hot at most 100.");

        Require(d.Mql.MinFit is >= 0 and <= 100, "MQL rule: the minimum fit must be between 0 and 100.");
        Require(d.Mql.MinEngagement is >= 0 and <= 100, "MQL rule: the minimum engagement must be between 0 and 100.");
        Require(d.Mql.HandRaiseWindowDays is >= 1 and <= 365, "MQL rule: the hand-raise window must be between 1 and 365 days.");

        foreach (var rule in d.Frameworks.Rules)
        {
            var criteria = FrameworkCatalogue.Criteria(rule.Framework);
            Require(rule.MinConfirmed >= 1 && rule.MinConfirmed <= criteria.Count,
                $"{rule.Framework}: the pass rule must need between 1 and {criteria.Count} confirmed criteria.");
            Require(rule.Required.All(r => criteria.Any(c => c.Key == r)), $"{rule.Framework}: a required criterion is not one of its criteria.");
        }
        Require(d.Frameworks.Rules.Any(r => r.Framework == d.Frameworks.Default), "The default framework needs a pass rule.");

        Require(d.Sla.HighIntentResponseMinutes is >= 1 and <= 1440, "SLA: the response time to a hand-raise must be between 1 minute and a day.");
        Require(d.Sla.MqlAcceptanceWorkingDays is >= 1 and <= 30, "SLA: MQL acceptance must be between 1 and 30 working days.");
        Require(d.Sla.SqlAcceptanceWorkingDays is >= 1 and <= 30, "SLA: SQL acceptance must be between 1 and 30 working days.");

        Require(d.Cadence.MinTouches >= 1 && d.Cadence.MinTouches <= d.Cadence.MaxTouches, "Cadence: at least 1 touch, and the minimum no more than the maximum.");
        Require(d.Cadence.MinDays >= 1 && d.Cadence.MinDays <= d.Cadence.MaxDays, "Cadence: at least 1 day, and the minimum no more than the maximum.");
        Require(d.Cadence.NurtureMonths is >= 1 and <= 24, "Cadence: nurture must last between 1 and 24 months.");
        Require(d.Dispositions.All(x => x.NurtureMonths is >= 0 and <= 24), "Dispositions: nurture months must be between 0 and 24.");
        return problems;
    }
}
