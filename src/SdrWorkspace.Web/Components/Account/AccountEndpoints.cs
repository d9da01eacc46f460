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
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
    }
}
