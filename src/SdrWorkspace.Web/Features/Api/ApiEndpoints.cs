using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Funnel;
using SdrWorkspace.Web.Features.Ingestion;
using SdrWorkspace.Web.Features.Mqls;
using SdrWorkspace.Web.Features.Replies;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Api;

/// <summary>The ingestion API, <c>/api/v1</c>: leads, engagement events, reply dispositions and the funnel.</summary>
public static class ApiEndpoints
{
    public const string ApiSource = "API";
    public const int MaxEventsPerBatch = 10_000;

    public static void MapIngestionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiKeyAuthenticationHandler.IngestionPolicy).WithTags("Ingestion")
            .AddEndpointFilter(AnswerBusyAsRetryable);
        api.MapJsonPost<LeadInput>("/leads", UpsertLeadAsync)
            .Produces<LeadResource>(StatusCodes.Status201Created).Produces<LeadResource>().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/leads/{id:int}", GetLeadAsync).Produces<LeadResource>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/leads", ListLeadsAsync).Produces<IReadOnlyList<LeadResource>>();
        api.MapJsonPost<EventBatch>("/events", PostEventsAsync).Produces<EventBatchResult>();
        api.MapJsonPost<DispositionRequest>("/leads/{id:int}/dispositions", CodeReplyAsync)
            .Produces<CodedReply>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/funnel", FunnelAsync).Produces<FunnelResource>();
        // Anything else under the API answers like the API (problem details), not with the app's HTML page.
        api.Map("/{**path}", (HttpRequest request) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such API endpoint.",
                detail: $"Nothing answers {request.Method} {request.Path}; lead ids are whole numbers, and /openapi/v1.json lists every endpoint."))
            .ExcludeFromDescription();
    }

    /// <summary>
    /// A POST of a JSON body, and beside it the same route for any other body, answering 415. Without that twin,
    /// routing hands a call with the wrong content type to the catch-all, which says the endpoint does not exist.
    /// </summary>
    private static RouteHandlerBuilder MapJsonPost<TBody>(this RouteGroupBuilder api, string pattern, Delegate handler) where TBody : notnull
    {
        api.MapPost(pattern, ApiProblems.UnsupportedMediaType).ExcludeFromDescription();
        return api.MapPost(pattern, handler).Accepts<TBody>(ApiProblems.JsonMediaType);
    }

    private static async ValueTask<object?> AnswerBusyAsRetryable(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            return ApiProblems.Busy(context.HttpContext);
        }
        catch (DomainException e)
        {
            // The validation in front of the domain should have said it; if it did not, the domain's word is the answer.
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused", detail: e.Message);
        }
    }

    private static async Task<IResult> UpsertLeadAsync(HttpRequest request, IngestionWriter ingestion, LeadResources leads, CancellationToken ct)
    {
        var (input, malformed) = await ApiProblems.ReadAsync<LeadInput>(request, ct);
        if (malformed is not null)
            return malformed;
        var errors = IngestionValidation.Validate(input!);
        if (errors.Count > 0)
            return ApiProblems.Invalid(errors);
        IngestionResult result;
        try
        {
            result = await ingestion.WriteAsync([input!], [], request.HttpContext.User.Identity!.Name!, ApiSource, ct: ct);
        }
        catch (DbUpdateException e) when (!SqliteBusy.Is(e))
        {
            return ApiProblems.Conflict("The lead was written by another request at the same time; send it again.");
        }
        var email = IngestionValidation.NormalizeEmail(input!.Email!);
        var lead = await leads.GetAsync(result.LeadIdsByEmail[email], ct);
        return result.CreatedEmails.Contains(email) ? Results.Created($"/api/v1/leads/{lead!.Id}", lead) : Results.Ok(lead);
    }

    private static async Task<IResult> GetLeadAsync(int id, LeadResources leads, CancellationToken ct) =>
        await leads.GetAsync(id, ct) is { } lead ? Results.Ok(lead) : ApiProblems.NotFound($"There is no lead {id}.");

    private static async Task<IResult> ListLeadsAsync(string? email, string? stage, string? afterId, string? limit, LeadResources leads, CancellationToken ct)
    {
        LifecycleStage? parsedStage = null;
        if (!string.IsNullOrEmpty(stage))
        {
            if (!Enum.TryParse<LifecycleStage>(stage, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                return ApiProblems.Invalid("stage", $"must be one of {string.Join(", ", Enum.GetNames<LifecycleStage>())}");
            parsedStage = s;
        }
        if (!TryInt(afterId, 0, out var after))
            return ApiProblems.Invalid("afterId", "must be a whole number");
        if (!TryInt(limit, LeadResources.MaxPageSize, out var take) || take is < 1 or > LeadResources.MaxPageSize)
            return ApiProblems.Invalid("limit", $"must be between 1 and {LeadResources.MaxPageSize}");
        return Results.Ok(await leads.ListAsync(email, parsedStage, after, take, ct));
    }

    private static async Task<IResult> PostEventsAsync(HttpRequest request, IngestionWriter ingestion, TimeProvider clock, CancellationToken ct)
    {
        var (batch, malformed) = await ApiProblems.ReadAsync<EventBatch>(request, ct);
        if (malformed is not null)
            return malformed;
        if (batch!.Events is null)
            return ApiProblems.Invalid("events", "is required");
        if (batch.Events.Count > MaxEventsPerBatch)
            return ApiProblems.Invalid("events", $"holds at most {MaxEventsPerBatch} events per batch");

        var now = clock.GetUtcNow().UtcDateTime;
        var valid = new List<EventInput>();
        var rejected = new List<RejectedEvent>();
        for (var i = 0; i < batch.Events.Count; i++)
        {
            var errors = batch.Events[i] is { } e ? IngestionValidation.Validate(e, now) : new FieldErrors { { "event", "is null" } };
            if (errors.Count > 0)
                rejected.Add(new RejectedEvent(i, errors.ToString()));
            else
                valid.Add(batch.Events[i]!);
        }
        try
        {
            var result = await ingestion.WriteAsync([], valid, request.HttpContext.User.Identity!.Name!, ApiSource, ct: ct);
            return Results.Ok(new EventBatchResult(result.EventsAccepted, result.EventDuplicates, rejected));
        }
        catch (DbUpdateException e) when (!SqliteBusy.Is(e))
        {
            return ApiProblems.Conflict("Some of these events were written by another request at the same time; send the batch again.");
        }
    }

    private static async Task<IResult> CodeReplyAsync(int id, HttpRequest request, ReplyCodingService replies, CancellationToken ct)
    {
        var (body, malformed) = await ApiProblems.ReadAsync<DispositionRequest>(request, ct);
        if (malformed is not null)
            return malformed;
        if (!TryParseCode(body!.Code, out var code))
            return ApiProblems.Invalid("code", $"must be one of {string.Join(", ", Enum.GetNames<DispositionCode>())}");
        if (!TextLimits.Fits(body.Note, ReplyCoding.NoteMaxLength))
            return ApiProblems.Invalid("note", $"is longer than {ReplyCoding.NoteMaxLength} characters");
        var coded = await replies.CodeFromIntegrationAsync(request.HttpContext.User, id, code, body.FollowUpOn, body.Note, ct);
        return coded.Result.Kind switch
        {
            _ when coded.NoReply => ApiProblems.Conflict(coded.Result.Error!),
            WorkResultKind.Done => Results.Ok(coded.Reply),
            WorkResultKind.Missing => ApiProblems.NotFound($"There is no lead {id}."),
            WorkResultKind.Refused => ApiProblems.Invalid(body.FollowUpOn is null ? "followUpOn" : "code", coded.Result.Error!),
            WorkResultKind.Busy => ApiProblems.Busy(request.HttpContext),
            _ => ApiProblems.Conflict(coded.Result.Error!),
        };
    }

    private static async Task<IResult> FunnelAsync(string? from, string? to, FunnelQueries funnel, MqlOutcomeQueries mqls, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!TryDate(to, today, out var last) || last < ReportingPeriod.Earliest || last > ReportingPeriod.Latest)
            return ApiProblems.Invalid("to", $"must be a date such as 2026-01-31, from {ReportingPeriod.Earliest:yyyy-MM-dd} to {ReportingPeriod.Latest:yyyy-MM-dd}");
        if (!TryDate(from, last.AddDays(-89), out var first) || first < ReportingPeriod.Earliest)
            return ApiProblems.Invalid("from", $"must be a date such as 2026-01-01, from {ReportingPeriod.Earliest:yyyy-MM-dd} on");
        if (first > last)
            return ApiProblems.Invalid("from", "must not be after to");
        var (start, end) = (first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var report = await funnel.CohortAsync(start, end, ct);
        var period = await mqls.InPeriodAsync(start, end, ct: ct);
        return Results.Ok(new FunnelResource(first, last,
            report.Steps.Select(s => new FunnelStepResource(s.Stage.ToString(), s.Reached, s.ConversionFromPrevious)).ToList(),
            report.CurrentStages.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value), report.MqlToSql, MqlsResource.Of(period)));
    }

    /// <summary>Codes by name in any case, with or without separators: "OutOfOffice", "out_of_office".</summary>
    private static bool TryParseCode(string? value, out DispositionCode code)
    {
        code = default;
        var compact = value?.Replace("_", "").Replace("-", "").Replace(" ", "");
        return !string.IsNullOrEmpty(compact) && !char.IsDigit(compact[0]) && Enum.TryParse(compact, ignoreCase: true, out code) && Enum.IsDefined(code);
    }

    private static bool TryInt(string? value, int fallback, out int result)
    {
        result = fallback;
        return string.IsNullOrEmpty(value) || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result);
    }

    private static bool TryDate(string? value, DateOnly fallback, out DateOnly result)
    {
        result = fallback;
        return string.IsNullOrEmpty(value) || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out result);
    }
}

public sealed record EventBatch(IReadOnlyList<EventInput?>? Events);

public sealed record RejectedEvent(int Index, string Error);

public sealed record EventBatchResult(int Accepted, int Duplicates, IReadOnlyList<RejectedEvent> Rejected);

public sealed record DispositionRequest(string? Code, string? Note, DateOnly? FollowUpOn);

public sealed record FunnelStepResource(string Stage, int Reached, double? ConversionFromPrevious);

/// <param name="Stages">The cohort: leads created in the period, and how many of them ever reached each stage.</param>
/// <param name="Mqls">The MQLs of the period (leads that became MQL in it) and what came of them, as the MQL review counts them.</param>
public sealed record FunnelResource(
    DateOnly From, DateOnly To, IReadOnlyList<FunnelStepResource> Stages, IReadOnlyDictionary<string, int> CurrentStages, double? MqlToSql, MqlsResource Mqls);

public sealed record MqlsResource(
    int Mqls, int Accepted, int Rejected, int RecycledByCadence, int Waiting, double? AcceptanceRate, IReadOnlyDictionary<string, int> RejectedByReason)
{
    public static MqlsResource Of(IReadOnlyList<MqlRecord> mqls)
    {
        var tally = MqlTally.Of(mqls.Select(m => m.Answer));
        return new MqlsResource(tally.Mqls, tally.Accepted, tally.Rejected, tally.RecycledByCadence, tally.Waiting, tally.AcceptanceRate,
            MqlRejections.ByReason(mqls).ToDictionary(r => r.Reason, r => r.Mqls.Count));
    }
}
