using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace SdrWorkspace.Web.Components.Account;

/// <summary>
/// Re-checks the signed-in user every few minutes while a circuit is open, so a deactivated user, a sign-out
/// elsewhere or a changed password (new security stamp) ends the session without waiting for the cookie to expire.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await SessionValidation.IsCurrentAsync(authenticationState.User, scope.ServiceProvider, cancellationToken);
    }
}
