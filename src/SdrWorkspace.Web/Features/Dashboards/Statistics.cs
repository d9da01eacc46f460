namespace SdrWorkspace.Web.Features.Dashboards;

internal static class Statistics
{
    /// <summary>The nearest-rank percentile (0.5 is the median): a value that occurred, not an interpolation.</summary>
    public static T Percentile<T>(IReadOnlyList<T> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
