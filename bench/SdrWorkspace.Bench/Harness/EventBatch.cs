using SdrWorkspace.Web.Features.Ingestion;

namespace SdrWorkspace.Bench.Harness;

/// <summary>The API's request body for POST /api/v1/events.</summary>
public sealed record EventBatch(IReadOnlyList<EventInput> Events);
