using Microsoft.AspNetCore.Components;

namespace SdrWorkspace.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    /// <summary>Longer than any address of the app; a longer one is not worth going back to.</summary>
    private const int MaxReturnUrlLength = 2_000;

    /// <summary>Redirects within the app only: any return URL that could lead elsewhere goes to the start page.</summary>
    public void RedirectTo(string? returnUrl) => navigationManager.NavigateTo(IsLocal(returnUrl) ? returnUrl! : "/");

    /// <summary>
    /// A path of this app: starts with one slash (not "//" or "/\", which browsers read as another host) and has
    /// no control characters (browsers drop a tab or newline, so "/\t/host" would become "//host").
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= MaxReturnUrlLength }
        && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Any(char.IsControl);
}
