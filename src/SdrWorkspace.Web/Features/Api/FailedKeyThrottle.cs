using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SdrWorkspace.Web.Features.Api;

/// <summary>How many wrong API keys one client address may send in a window (<c>Api:FailedKeys</c>).</summary>
public sealed class FailedKeyOptions
{
    public const string Section = "Api:FailedKeys";

    public int Limit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Counts wrong API keys per client address. Once an address has used up its wrong keys for the window, no key
/// it sends is looked at until the window ends (so guessing stops, rather than going on behind a 429); right keys
/// never count. The limiter forgets addresses that have been quiet for a while, so memory stays small.
/// </summary>
public sealed class FailedKeyThrottle(IOptions<FailedKeyOptions> options, ILogger<FailedKeyThrottle> logger) : IDisposable
{
    private readonly FailedKeyOptions _options = options.Value;
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.Limit, Window = options.Value.Window, QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>How long the address must wait before its next key is looked at; null when it may send one now.</summary>
    public TimeSpan? WaitFor(string address)
    {
        using var lease = _failures.AttemptAcquire(address, 0);
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _options.Window;
    }

    public void Failed(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
        if (_failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
            logger.LogWarning("{Limit} wrong API keys from {Address} within {Window}: its keys are not checked until the window ends",
                _options.Limit, address, _options.Window);
    }

    public void Dispose() => _failures.Dispose();
}
