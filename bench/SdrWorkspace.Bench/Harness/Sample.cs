using System.Diagnostics;

namespace SdrWorkspace.Bench.Harness;

/// <summary>Repeated timings of one thing, in milliseconds, with the statistics the report prints.</summary>
public sealed class Sample(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = milliseconds.Order().ToArray();

    public int Count => _sorted.Length;
    public double Median => Percentile(0.5);
    public double P95 => Percentile(0.95);
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    /// <summary>Nearest rank: the smallest value with at least p of the sample at or below it.</summary>
    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public static async Task<Sample> TimeAsync(int runs, Func<int, Task> action, int warmup = 1)
    {
        for (var i = 0; i < warmup; i++)
            await action(-1 - i);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action(i);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new Sample(times);
    }
}
