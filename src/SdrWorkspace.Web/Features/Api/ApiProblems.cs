using System.Text.Json;
using SdrWorkspace.Web.Features.Ingestion;

namespace SdrWorkspace.Web.Features.Api;

/// <summary>RFC 7807 answers for every way a call can go wrong, and reading a JSON body without ever throwing.</summary>
public static class ApiProblems
{
    public const string JsonMediaType = "application/json";

    public static IResult UnsupportedMediaType() => Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type", detail: $"Send the body as JSON, with the header Content-Type: {JsonMediaType}.");

    public static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static IResult Conflict(string detail) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static IResult Invalid(FieldErrors errors) =>
        Results.ValidationProblem(errors, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid values");

    public static IResult Invalid(string field, string message) => Invalid(new FieldErrors { { field, message } });

    public static IResult Malformed(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed request", detail: detail);

    /// <summary>Another write held the database longer than this call waits; its transaction rolled back whole.</summary>
    public static IResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
            detail: "The database is busy with other writes (an import, most likely), so nothing was written. Send the request again.");
    }

    public static Task Write(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    /// <summary>The body as <typeparamref name="T"/>, or the 400 to answer with when it is not JSON of that shape.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, UnsupportedMediaType());
        try
        {
            var body = await request.ReadFromJsonAsync<T>(ct);
            return body is null ? (null, Malformed("The body is empty.")) : (body, null);
        }
        catch (JsonException e) when (NumberFieldOf(e) is { } field)
        {
            return (null, Invalid(field, IngestionValidation.NumberRequirement(field)!));
        }
        catch (JsonException e)
        {
            return (null, Malformed($"The body is not valid JSON for this call: {e.Message}"));
        }
    }

    /// <summary>
    /// The numeric field whose value its type cannot hold (1e30, "NaN", 2147483648 employees): refused like a value beyond
    /// its range, naming the field. A syntax error comes from the reader (its inner exception) and stays malformed.
    /// </summary>
    private static string? NumberFieldOf(JsonException e) =>
        e.InnerException is not JsonException && e.Path is { } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? IngestionValidation.NumberFields.FirstOrDefault(f => string.Equals(f, path[2..], StringComparison.OrdinalIgnoreCase))
            : null;
}
