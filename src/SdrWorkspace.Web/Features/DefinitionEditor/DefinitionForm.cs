using System.Globalization;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Web.Features.DefinitionEditor;

/// <summary>
/// A draft definition as the editor's fields hold it. ICP values, hand-raises and required criteria are the stored
/// identifiers the pickers chose ("CLevel", "economic_buyer"); only numeric ICP ranges are edited as text:
/// "50-5000, 20-49:0.5", ":0.5" giving a near miss half the weight.
/// </summary>
public sealed class DefinitionForm
{
    public required QualificationDefinition Basis { get; init; }
    public List<FitRow> Fit { get; init; } = [];
    public double HalfLifeDays { get; set; }
    public List<SignalRow> Signals { get; init; } = [];
    public int FitSharePercent { get; set; }
    public int Hot { get; set; }
    public int Warm { get; set; }
    public int MinFit { get; set; }
    public int MinEngagement { get; set; }
    public int HandRaiseWindowDays { get; set; }
    public IReadOnlyCollection<EngagementSignal> HandRaises { get; set; } = [];
    public Framework DefaultFramework { get; set; }
    public List<FrameworkRow> Frameworks { get; init; } = [];
    public int HighIntentResponseMinutes { get; set; }
    public int MqlAcceptanceWorkingDays { get; set; }
    public int SqlAcceptanceWorkingDays { get; set; }
    public int MinTouches { get; set; }
    public int MaxTouches { get; set; }
    public int MinDays { get; set; }
    public int MaxDays { get; set; }
    public int NurtureMonths { get; set; }
    public List<DispositionRow> Dispositions { get; init; } = [];

    public static DefinitionForm From(QualificationDefinition d) => new()
    {
        Basis = d,
        Fit = d.Fit.Select(c => FitValues.IsRange(c.Attribute)
            ? new FitRow { Attribute = c.Attribute, Weight = c.Weight, Ranges = string.Join(", ", c.Matches.Select(Write)) }
            : new FitRow { Attribute = c.Attribute, Weight = c.Weight, Values = [.. c.Matches] }).ToList(),
        HalfLifeDays = d.Engagement.HalfLifeDays,
        Signals = d.Engagement.Weights.Select(w => new SignalRow { Signal = w.Signal, Points = w.Points, MaxPoints = w.MaxPoints }).ToList(),
        FitSharePercent = (int)Math.Round(d.FitShareOfScore * 100),
        Hot = d.Priority.Hot,
        Warm = d.Priority.Warm,
        MinFit = d.Mql.MinFit,
        MinEngagement = d.Mql.MinEngagement,
        HandRaiseWindowDays = d.Mql.HandRaiseWindowDays,
        HandRaises = [.. d.Mql.HandRaises],
        DefaultFramework = d.Frameworks.Default,
        Frameworks = d.Frameworks.Rules.Select(r => new FrameworkRow { Framework = r.Framework, MinConfirmed = r.MinConfirmed, Required = [.. r.Required] }).ToList(),
        HighIntentResponseMinutes = d.Sla.HighIntentResponseMinutes,
        MqlAcceptanceWorkingDays = d.Sla.MqlAcceptanceWorkingDays,
        SqlAcceptanceWorkingDays = d.Sla.SqlAcceptanceWorkingDays,
        MinTouches = d.Cadence.MinTouches,
        MaxTouches = d.Cadence.MaxTouches,
        MinDays = d.Cadence.MinDays,
        MaxDays = d.Cadence.MaxDays,
        NurtureMonths = d.Cadence.NurtureMonths,
        Dispositions = d.Dispositions.Select(x => new DispositionRow
        {
            Code = x.Code, Label = x.Label, Signal = x.Signal, Stage = x.Stage, Cadence = x.Cadence, Contact = x.Contact, NurtureMonths = x.NurtureMonths,
        }).ToList(),
    };

    /// <summary>
    /// The definition the fields describe and what is wrong with it, each problem keyed to its field; no definition
    /// when the fields cannot describe one (an ICP range that does not parse).
    /// </summary>
    public (QualificationDefinition? Definition, IReadOnlyList<DefinitionProblem> Problems) ToDefinition()
    {
        var problems = new List<DefinitionProblem>();
        var fit = Fit.Select(row => new FitCriterion(row.Attribute, row.Weight, FitValues.IsRange(row.Attribute) ? ParseRanges(row, problems) : row.Values)).ToList();
        if (problems.Count > 0)
            return (null, problems);
        var d = Basis with
        {
            Fit = fit,
            Engagement = new EngagementModel(HalfLifeDays, Signals.Select(s => new SignalWeight(s.Signal, s.Points, s.MaxPoints)).ToList()),
            FitShareOfScore = FitSharePercent / 100.0,
            Priority = new PriorityBands(Hot, Warm),
            Mql = Basis.Mql with { MinFit = MinFit, MinEngagement = MinEngagement, HandRaises = [.. HandRaises], HandRaiseWindowDays = HandRaiseWindowDays },
            Frameworks = new FrameworkSettings(DefaultFramework,
                Frameworks.Select(f => new FrameworkRule(f.Framework, f.MinConfirmed, [.. f.Required])).ToList()),
            Sla = new SlaPolicy(HighIntentResponseMinutes, MqlAcceptanceWorkingDays, SqlAcceptanceWorkingDays),
            Cadence = new CadencePolicy(MinTouches, MaxTouches, MinDays, MaxDays, NurtureMonths),
            Dispositions = Basis.Dispositions.Select(x =>
            {
                var row = Dispositions.First(r => r.Code == x.Code);
                return x with { Signal = row.Signal, Stage = row.Stage, Cadence = row.Cadence, Contact = row.Contact, NurtureMonths = row.NurtureMonths };
            }).ToList(),
        };
        return (d, DefinitionValidation.Problems(d));
    }

    private static string Write(FitMatch m)
    {
        var text = $"{m.Min?.ToString(CultureInfo.InvariantCulture)}-{m.Max?.ToString(CultureInfo.InvariantCulture)}";
        return m.Share == 1 ? text : $"{text}:{m.Share.ToString(CultureInfo.InvariantCulture)}";
    }

    private static List<FitMatch> ParseRanges(FitRow row, List<DefinitionProblem> problems)
    {
        var matches = new List<FitMatch>();
        var field = DefinitionField.FitMatches(row.Attribute);
        var name = Labels.Of(row.Attribute);
        if (!TextLimits.Fits(row.Ranges, TextLimits.DefinitionMatches))
        {
            problems.Add(new(field, $"ICP fit, {name}: the ranges are longer than {TextLimits.DefinitionMatches:N0} characters."));
            return matches;
        }
        foreach (var part in (row.Ranges ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', 2, StringSplitOptions.TrimEntries);
            var share = 1.0;
            if (pieces.Length == 2 && !double.TryParse(pieces[1], NumberStyles.Float, CultureInfo.InvariantCulture, out share))
            {
                problems.Add(new(field, $"ICP fit, {name}: \"{part}\" has a share that is not a number (write 0.5 for half)."));
                continue;
            }
            var range = pieces[0].Split('-', 2, StringSplitOptions.TrimEntries);
            if (range.Length == 2 && TryNumber(range[0], out var min) && TryNumber(range[1], out var max))
                matches.Add(new FitMatch(Min: min, Max: max, Share: share));
            else
                problems.Add(new(field, $"ICP fit, {name}: \"{part}\" is not a range such as 50-5000."));
        }
        return matches;

        static bool TryNumber(string text, out decimal? value)
        {
            value = null;
            if (text.Length == 0)
                return true;
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                return false;
            value = number;
            return true;
        }
    }
}

public sealed class FitRow
{
    public FitAttribute Attribute { get; init; }
    public int Weight { get; set; }
    /// <summary>A numeric attribute's ranges as text, e.g. "50-5000, 20-49:0.5".</summary>
    public string? Ranges { get; set; }
    /// <summary>A category attribute's matches, each a stored value with its share of the weight.</summary>
    public List<FitMatch> Values { get; init; } = [];

    /// <summary>Adds a value once (whatever its case), replacing its share if it is there already.</summary>
    public void Add(string value, double share)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
            return;
        var at = Values.FindIndex(m => m.IsMatch(trimmed));
        if (at >= 0)
            Values[at] = Values[at] with { Share = share };
        else
            Values.Add(new FitMatch(trimmed, Share: share));
    }
}

public sealed class SignalRow
{
    public EngagementSignal Signal { get; init; }
    public double Points { get; set; }
    public double MaxPoints { get; set; }
}

public sealed class FrameworkRow
{
    public Framework Framework { get; init; }
    public int MinConfirmed { get; set; }
    /// <summary>Keys of the criteria that must be among the confirmed ones ("economic_buyer", "champion").</summary>
    public IReadOnlyCollection<string> Required { get; set; } = [];
}

public sealed class DispositionRow
{
    public DispositionCode Code { get; init; }
    public string Label { get; init; } = "";
    public EngagementSignal Signal { get; set; }
    public StageEffect Stage { get; set; }
    public CadenceEffect Cadence { get; set; }
    public ContactEffect Contact { get; set; }
    public int NurtureMonths { get; set; }
}
