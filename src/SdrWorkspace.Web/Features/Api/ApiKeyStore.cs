using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.ApiKeys;

namespace SdrWorkspace.Web.Features.Api;

/// <summary>
/// API keys: created, named and revoked by an admin; only a SHA-256 hash is kept, so the secret is shown
/// once at creation. In Development the configured <c>Api:DevelopmentKey</c> is accepted as well.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<SdrDbContext> contexts, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock)
{
    public const string DevelopmentKeyName = "development";
    private const string SecretPrefix = "sdr_";

    /// <summary>The name of the active key this secret belongs to, or null.</summary>
    public async Task<string?> NameOfAsync(string secret, CancellationToken ct = default)
    {
        if (environment.IsDevelopment() && configuration["Api:DevelopmentKey"] is { Length: > 0 } devKey
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(devKey), Encoding.UTF8.GetBytes(secret)))
            return DevelopmentKeyName;
        var hash = Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedAt == null).Select(k => k.Name).FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates a key and returns its secret: the only time it is ever seen.</summary>
    public async Task<string> CreateAsync(string name, string createdBy, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > ApiKey.NameMaxLength)
            throw new ArgumentException($"A key needs a name of 1 to {ApiKey.NameMaxLength} characters.", nameof(name));
        var secret = SecretPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ApiKeys.Add(new ApiKey
        {
            Name = name,
            Hash = Hash(secret),
            Prefix = secret[..ApiKey.PrefixLength],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    public async Task RevokeAsync(int id, string revokedBy, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, ct);
        if (key is null)
            return;
        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        key.RevokedBy = revokedBy;
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt))
            .ToListAsync(ct);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

public sealed record ApiKeyRow(int Id, string Name, string Prefix, DateTime CreatedAt, string CreatedBy, DateTime? RevokedAt);
