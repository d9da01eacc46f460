using Microsoft.AspNetCore.Identity;
using SdrWorkspace.Data.Identity;

namespace SdrWorkspace.Web.Components.Account;

internal enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown email, wrong password, or a deactivated account with a wrong password: one answer for all.</summary>
    Refused,
    LockedOut,
    /// <summary>The right password of a deactivated account; only its owner can know that much.</summary>
    Deactivated,
}

/// <summary>
/// Signs in with an email and a password without telling an unknown email, a wrong password and a deactivated
/// account apart, by the answer or by the time it takes: every attempt verifies one password (an unknown email
/// against a placeholder hash), and a deactivated account is named only to someone who gave its right password.
/// </summary>
internal sealed class PasswordSignIn(SignInManager<AppUser> signInManager, IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new();
    private static string? placeholderHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            placeholderHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, placeholderHash, password);
            return SignInOutcome.Refused;
        }

        // Failed attempts count towards lockout, a deactivated account's too, so its password cannot be guessed at leisure.
        var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
            return SignInOutcome.LockedOut;
        if (!check.Succeeded)
            return SignInOutcome.Refused;
        if (!user.IsActive)
            return SignInOutcome.Deactivated;
        await signInManager.SignInAsync(user, remember, authenticationMethod: "pwd");
        return SignInOutcome.SignedIn;
    }
}
