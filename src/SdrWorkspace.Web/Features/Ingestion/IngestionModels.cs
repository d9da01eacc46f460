using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Ingestion;

/// <summary>A lead as a sender describes it (API body, CSV row); validated before it reaches the domain.</summary>
public sealed record LeadInput(
    string? Email,
    string? FirstName = null,
    string? LastName = null,
    string? Title = null,
    string? Phone = null,
    string? Source = null,
    string? Campaign = null,
    CompanyInput? Company = null);

public sealed record CompanyInput(
    string? Name = null,
    string? Domain = null,
    string? Industry = null,
    int? Employees = null,
    decimal? AnnualRevenue = null,
    string? Country = null);

/// <summary>
/// An engagement event as a sender reports it; <see cref="Type"/> is one of the API's snake_case codes and
/// <see cref="OccurredAt"/> an ISO 8601 time. Both stay text until validated, so one bad item is rejected
/// on its own instead of spoiling its batch.
/// </summary>
public sealed record EventInput(
    string? EventId,
    string? Email,
    string? Type,
    string? OccurredAt,
    string? Url = null,
    string? Subject = null,
    string? Text = null);

/// <summary>Field name to messages, as RFC 7807 validation problems and import row errors report them.</summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public void Add(string field, string message) =>
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public override string ToString() => string.Join("; ", this.SelectMany(e => e.Value.Select(m => $"{e.Key} {m}")));
}

/// <summary>What one write did: the leads it created or changed, and the event counts for the API's answer.</summary>
public sealed record IngestionResult(
    IReadOnlyDictionary<string, int> LeadIdsByEmail,
    IReadOnlySet<string> CreatedEmails,
    int EventsAccepted,
    int EventDuplicates);

/// <summary>One caller's write: an API call's leads or events, or a whole CSV file. It lands whole or not at all.</summary>
/// <param name="Progress">Told how many rows are written so far, for an import's progress bar.</param>
public sealed record IngestionBatch(
    IReadOnlyList<LeadInput> Leads, IReadOnlyList<EventInput> Events, string Actor, string Source, IProgress<int>? Progress = null)
{
    public int Rows => Leads.Count + Events.Count;
}

/// <summary>What a batch wrote inside its group's transaction, and the changes open screens are told of once it commits.</summary>
public sealed record BatchWritten(IngestionResult Result, IReadOnlyList<LeadChanged> Changes);
