using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Components.Tests.Dashboards;

/// <summary>Dashboard figures for component tests: a value and as many made-up lead ids.</summary>
internal static class TestFigures
{
    public static Figure Of(string label, int value) => new(label.ToLowerInvariant().Replace(' ', '.'), label, value, Enumerable.Range(1, value));

    public static IReadOnlyList<FunnelStage> Funnel(params int[] reached) =>
        LifecycleRules.Funnel.Zip(reached, (stage, value) => new FunnelStage(stage, Of($"Reached {stage}", value), null, null, null)).ToList();

    public static SpeedSection Speed(params (string Bucket, int HandRaises)[] buckets) =>
        new(Of("Hand-raises in the period", buckets.Sum(b => b.HandRaises)), Of("Answered within 5 minutes", buckets[0].HandRaises), 5,
            buckets.Select(b => new ResponseBucket(b.Bucket, Of($"Answered {b.Bucket}", b.HandRaises))).ToList(), []);
}
