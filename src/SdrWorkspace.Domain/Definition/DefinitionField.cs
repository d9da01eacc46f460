using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Definition;

/// <summary>One thing wrong with a definition, with the setting it is about, so an editor shows it next to that field.</summary>
public sealed record DefinitionProblem(string Field, string Message)
{
    public override string ToString() => Message;
}

/// <summary>
/// The keys of a definition's settings, as validation names them and the editor's fields look them up. A problem
/// about the whole definition (a save refused by the server) has the <see cref="Whole"/> key.
/// </summary>
public static class DefinitionField
{
    public const string Whole = "";
    public const string Fit = "fit";
    public const string HalfLife = "engagement.halfLifeDays";
    public const string FitShare = "fitShareOfScore";
    public const string Priority = "priority";
    public const string MinFit = "mql.minFit";
    public const string MinEngagement = "mql.minEngagement";
    public const string HandRaises = "mql.handRaises";
    public const string HandRaiseWindow = "mql.handRaiseWindowDays";
    public const string DefaultFramework = "frameworks.default";
    public const string ResponseMinutes = "sla.highIntentResponseMinutes";
    public const string MqlAcceptance = "sla.mqlAcceptanceWorkingDays";
    public const string SqlAcceptance = "sla.sqlAcceptanceWorkingDays";
    public const string CadenceTouches = "cadence.touches";
    public const string CadenceDays = "cadence.days";
    public const string CadenceNurture = "cadence.nurtureMonths";

    public static string FitWeight(FitAttribute attribute) => $"fit.{attribute}.weight";

    public static string FitMatches(FitAttribute attribute) => $"fit.{attribute}.matches";

    public static string SignalWeight(EngagementSignal signal) => $"engagement.{signal}";

    public static string FrameworkPass(Framework framework) => $"frameworks.{framework}.minConfirmed";

    public static string FrameworkRequired(Framework framework) => $"frameworks.{framework}.required";

    public static string DispositionNurture(DispositionCode code) => $"dispositions.{code}.nurtureMonths";
}
