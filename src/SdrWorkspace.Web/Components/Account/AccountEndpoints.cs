using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SdrWorkspace.Data.Identity;

namespace SdrWorkspace.Web.Components.Account;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with antiforgery (the layout's sign-out button), never a GET a link could trigger.
        endpoints.MapPost("/Account/Logout", async Task<Results<BadRequest, RedirectHttpResult>> (
            HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] SignInManager<AppUser> signInManager) =>
        {
            // Minimal APIs check the token only when they bind a form, and this one binds none.
            if (!await antiforgery.IsRequestValidAsync(context))
                return TypedResults.BadRequest();
            // A new security stamp makes every cookie issued so far useless, a copy of this one included
            // (SessionValidation checks it on each request); it signs the user out on their other devices too.
            if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
    }
}
