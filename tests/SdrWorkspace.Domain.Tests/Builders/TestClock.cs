using Microsoft.Extensions.Time.Testing;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>
/// The one fixed "now" of the domain tests: Wednesday 12 March 2025, 10:00 UTC, a plain working day,
/// so SLA and cadence arithmetic starts from a weekday unless a test says otherwise.
/// </summary>
public static class TestClock
{
    public static readonly DateTime Now = new(2025, 3, 12, 10, 0, 0, DateTimeKind.Utc);

    public static DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>A fake clock starting at <see cref="Now"/> (or at a given moment), advanced by the test.</summary>
    public static FakeTimeProvider Fake(DateTime? start = null) =>
        new(new DateTimeOffset(DateTime.SpecifyKind(start ?? Now, DateTimeKind.Utc)));

    /// <summary>The domain takes time as a UTC <see cref="DateTime"/>, read from a <see cref="TimeProvider"/>.</summary>
    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    public static DateTime DaysAgo(double days) => Now.AddDays(-days);

    public static DateTime DaysFromNow(double days) => Now.AddDays(days);
}
