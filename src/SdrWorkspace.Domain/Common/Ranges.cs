using System.Globalization;

namespace SdrWorkspace.Domain.Common;

/// <summary>
/// The values a stored number may take, inclusive. Every way in (API, import, forms, the domain's own
/// constructors) checks the same range, and reading a stored number back treats one outside it as unreadable.
/// </summary>
public sealed record NumberRange(string Name, decimal Min, decimal Max)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;

    public bool Contains(long value) => Contains((decimal)value);

    /// <summary>False for NaN and the infinities too.</summary>
    public bool Contains(double value) => double.IsFinite(value) && value >= (double)Min && value <= (double)Max;

    /// <summary>"must be between 0 and 10,000,000": the end of a field message that starts with the field's name.</summary>
    public string Requirement => $"must be between {Bounds}";

    /// <summary>"must be a whole number between 0 and 10,000,000", for a count.</summary>
    public string WholeNumberRequirement => $"must be a whole number between {Bounds}";

    /// <summary>"0 and 10,000,000".</summary>
    public string Bounds => $"{Min.ToString("#,0.##", CultureInfo.InvariantCulture)} and {Max.ToString("#,0.##", CultureInfo.InvariantCulture)}";

    /// <summary>The whole sentence, for a domain refusal: "The annual revenue must be between 0 and ...".</summary>
    public string Problem => $"{Name} {Requirement}.";

    /// <summary>The value, when absent or in range; otherwise the domain refuses it.</summary>
    public decimal? Checked(decimal? value) => value is { } v && !Contains(v) ? throw new DomainException(Problem) : value;

    public int? Checked(int? value) => value is { } v && !Contains(v) ? throw new DomainException(Problem) : value;
}

/// <summary>The range of every amount and count a user or a sender can give. Bounds are whole numbers a double holds exactly.</summary>
public static class Ranges
{
    /// <summary>In the account's currency; ten trillion is above any company's revenue.</summary>
    public static readonly NumberRange AnnualRevenue = new("The annual revenue", 0, 10_000_000_000_000m);

    /// <summary>Ten million is above any employer's headcount.</summary>
    public static readonly NumberRange Employees = new("The number of employees", 0, 10_000_000);

    /// <summary>An opportunity is worth something, and less than any company's revenue.</summary>
    public static readonly NumberRange EstimatedValue = new("The estimated value", 1, 10_000_000_000_000m);

    /// <summary>Scores, weights and thresholds: 0 to 100.</summary>
    public static readonly NumberRange Score = new("A score", 0, 100);

    /// <summary>Where the Warm and Hot priority bands start.</summary>
    public static readonly NumberRange PriorityThreshold = new("A priority threshold", 1, 100);

    /// <summary>A share of a weight or of the score: 0 to 1.</summary>
    public static readonly NumberRange Share = new("A share", 0, 1);

    public static readonly NumberRange HalfLifeDays = new("The half-life (days)", 1, 3650);

    /// <summary>Points an engagement signal adds, per event and in total.</summary>
    public static readonly NumberRange SignalPoints = new("Points", 0, 1000);

    public static readonly NumberRange HandRaiseWindowDays = new("The hand-raise window (days)", 1, 365);

    public static readonly NumberRange ResponseMinutes = new("The response time (minutes)", 1, 1440);

    public static readonly NumberRange AcceptanceWorkingDays = new("The acceptance time (working days)", 1, 30);

    public static readonly NumberRange CadenceTouches = new("The number of touches", 1, 100);

    public static readonly NumberRange CadenceDays = new("The cadence length (days)", 1, 365);

    /// <summary>How long a lead that never answered is nurtured.</summary>
    public static readonly NumberRange NurtureMonths = new("Nurture (months)", 1, 24);

    /// <summary>How long a disposition sends a lead to nurture; 0 for not at all.</summary>
    public static readonly NumberRange DispositionNurtureMonths = new("Nurture (months)", 0, 24);

    /// <summary>The range of a numeric ICP attribute, for its Min..Max matches.</summary>
    public static NumberRange? Of(Definition.FitAttribute attribute) => attribute switch
    {
        Definition.FitAttribute.Employees => Employees,
        Definition.FitAttribute.AnnualRevenue => AnnualRevenue,
        _ => null,
    };
}
