using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SdrWorkspace.Bench.Harness;

/// <summary>
/// One line of the results: the app's figure beside its physical floor (the least the same work can cost
/// on this machine, measured in the same run), the ratio between them, and the target.
/// </summary>
public sealed record Result(string What, string Target, string Unit, Sample App, Sample? Floor, string FloorWhat, bool? Met, string Note = "")
{
    /// <summary>For rates (events/s) the ratio is floor over app, so above 1 always means "slower than the floor".</summary>
    public bool HigherIsBetter { get; init; }

    public double? Ratio => Floor is null ? null
        : HigherIsBetter ? Floor.Median / App.Median : App.Median / Floor.Median;
}

public sealed class Report
{
    private readonly List<Result> _results = [];

    public void Add(Result result)
    {
        _results.Add(result);
        Console.WriteLine($"  {result.What}: median {Format(result.App.Median)} {result.Unit}, p95 {Format(result.App.P95)}"
            + (result.Floor is null ? "" : $" | floor median {Format(result.Floor.Median)}, p95 {Format(result.Floor.P95)}")
            + $" ({result.App.Count} runs){(result.Note.Length > 0 ? " - " + result.Note : "")}");
    }

    public static string Machine() =>
        $"{Environment.ProcessorCount} cores, {RamGb():0.#} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, "
        + $"load average {LoadAverage()}";

    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static double RamGb()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024 / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The table, as Markdown, so it can be pasted into docs/PERFORMANCE.md as it is.</summary>
    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine("| what | target | app median | app p95 | floor | floor median | floor p95 | app / floor | met |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in _results)
        {
            table.AppendLine(string.Join(" | ",
                $"| {r.What}", r.Target, $"{Format(r.App.Median)} {r.Unit}", $"{Format(r.App.P95)} {r.Unit}",
                r.FloorWhat.Length == 0 ? "-" : r.FloorWhat,
                r.Floor is null ? "-" : $"{Format(r.Floor.Median)} {r.Unit}",
                r.Floor is null ? "-" : $"{Format(r.Floor.P95)} {r.Unit}",
                r.Ratio is { } ratio ? $"{ratio:0.0}x" : "-",
                r.Met switch { true => "yes", false => "**no**", null => "n/a" }) + " |");
        }
        return table.ToString();
    }

    public static string Format(double value) => value switch
    {
        double.NaN => "-",
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
