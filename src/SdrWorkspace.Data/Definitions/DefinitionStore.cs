using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Domain.Definition;

namespace SdrWorkspace.Data.Definitions;

/// <summary>The adopted definition everything is scored and decided under, cached until a new one is adopted.</summary>
public sealed class DefinitionStore(IDbContextFactory<SdrDbContext> contexts)
{
    private volatile QualificationDefinition? _current;

    public async Task<QualificationDefinition> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } cached)
            return cached;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.DefinitionVersions.AsNoTracking()
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No qualification definition has been adopted; the database was not initialised.");
        return _current = DefinitionJson.Deserialize(latest.Json);
    }

    /// <summary>Forget the cached version so the next read sees a newly adopted one.</summary>
    public void Invalidate() => _current = null;
}
