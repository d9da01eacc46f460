using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data;

namespace SdrWorkspace.Web.Components.Account;

/// <summary>
/// Whether a sign-in still stands: the user exists, is active, and the security stamp the cookie carries is still
/// the user's (signing out, like a password change, gives the user a new one). Checked on every request that
/// carries the sign-in cookie, so a copied cookie dies at sign-out and a deactivated user is out at once; the cost
/// is one read of one user row by its key per request that carries the cookie (pages, exports, the circuit's
/// connection, and static files fetched after sign-in); a circuit's clicks are not requests.
/// </summary>
internal static class SessionValidation
{
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken ct)
    {
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
            return false;
        await using var db = await services.GetRequiredService<IDbContextFactory<SdrDbContext>>().CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.SecurityStamp == stamp, ct);
    }

    /// <summary>
    /// The sign-in cookie's check on every request. Identity's own validator still runs after it, every 30 minutes,
    /// to refresh the cookie's roles.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal
            && await IsCurrentAsync(principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
