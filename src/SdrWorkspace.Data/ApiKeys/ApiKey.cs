namespace SdrWorkspace.Data.ApiKeys;

/// <summary>A named key for the ingestion API. Only the SHA-256 hash of the secret is stored.</summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;
    public const int HashLength = 64;
    public const int PrefixLength = 8;
    public const int ActorMaxLength = 256;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Lowercase hex SHA-256 of the whole key.</summary>
    public string Hash { get; set; } = "";
    /// <summary>The key's first characters, so an admin can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;
}
