using System.Net;
using System.Text.RegularExpressions;

namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>The static sign-in page, driven over HTTP as a browser without JavaScript would.</summary>
public static partial class LoginForm
{
    public const string Path = "/Account/Login";
    public const string AuthCookie = "sdr.auth";

    /// <summary>GETs the form (for its antiforgery token and cookie), then posts it with the given credentials.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync(Path);
        return await browser.PostAsync(Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>The hidden antiforgery field of a form on the page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var input = HiddenTokenInput().Match(html);
        if (!input.Success)
            throw new InvalidOperationException("The page has no antiforgery token.");
        return WebUtility.HtmlDecode(InputValue().Match(input.Value).Groups["value"].Value);
    }

    public static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal) && !c.StartsWith(AuthCookie + "=;", StringComparison.Ordinal));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex HiddenTokenInput();

    [GeneratedRegex("value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputValue();
}
