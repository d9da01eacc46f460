using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SdrWorkspace.Web.Features.Api;

/// <summary>
/// Authenticates API calls by the <c>X-Api-Key</c> header. Only the "Ingestion" policy uses this scheme,
/// so a key never opens a page and the browser's cookie never authenticates the API.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys, FailedKeyThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string IngestionPolicy = "Ingestion";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(secret))
            return AuthenticateResult.NoResult();
        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.WaitFor(address) is { } wait)
            return AuthenticateResult.Fail(new TooManyWrongKeysException(wait));
        var name = await keys.NameOfAsync(secret, Context.RequestAborted);
        if (name is null)
        {
            throttle.Failed(address);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"api:{name}")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if ((await HandleAuthenticateOnceSafeAsync()).Failure is TooManyWrongKeysException throttled)
        {
            var seconds = (int)Math.Ceiling(throttled.Wait.TotalSeconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ApiProblems.Write(Context, StatusCodes.Status429TooManyRequests, "Too many wrong API keys",
                $"Too many wrong API keys came from this address; no key from it is checked for the next {seconds} s.");
            return;
        }
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await ApiProblems.Write(Context, StatusCodes.Status401Unauthorized, "Unauthorized",
            $"Send a valid API key in the {Header} header.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden", "This key may not do that.");
}

/// <summary>The caller's address has sent too many wrong keys; its key was not looked at.</summary>
public sealed class TooManyWrongKeysException(TimeSpan wait) : Exception("Too many wrong API keys from this address.")
{
    public TimeSpan Wait { get; } = wait;
}
