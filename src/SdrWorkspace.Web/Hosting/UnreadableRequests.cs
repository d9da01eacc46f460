using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

namespace SdrWorkspace.Web.Hosting;

/// <summary>
/// A request the server would not read (a body over the size limit, one cut short) is answered with problem
/// details and a plain reason, never with the server's exception and its type.
/// </summary>
internal static class UnreadableRequests
{
    public static IApplicationBuilder UseUnreadableRequestAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var (title, detail) = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ("Request body too large", $"The request body is larger than {SizeOf(context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize)}.")
                : ("Bad request", "The request could not be read; send it again, whole.");
            await Results.Problem(statusCode: e.StatusCode, title: title, detail: detail).ExecuteAsync(context);
        }
    });

    private static string SizeOf(long? bytes) => bytes switch
    {
        null => "the server accepts",
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };
}
