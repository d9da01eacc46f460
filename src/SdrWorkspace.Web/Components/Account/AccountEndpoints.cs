using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SdrWorkspace.Data.Identity;

namespace SdrWorkspace.Web.Components.Account;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with antiforgery (the layout's sign-out button), never a GET a link could trigger.
        endpoints.MapPost("/Account/Logout", async ([FromServices] SignInManager<AppUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
    }
}
