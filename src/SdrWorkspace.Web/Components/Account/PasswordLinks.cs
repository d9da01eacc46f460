using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using SdrWorkspace.Data.Identity;

namespace SdrWorkspace.Web.Components.Account;

public enum PasswordLinkState
{
    Valid,
    /// <summary>Older than <see cref="PasswordLinks.Lifespan"/>.</summary>
    Expired,
    /// <summary>The user's security stamp moved on: the link was used, a newer one was issued, or the account changed.</summary>
    Used,
    /// <summary>Not a link this app issued for this user.</summary>
    Invalid,
}

/// <summary>
/// The one-time links through which a user sets their password (a new account, or an admin's reset). A link is
/// Identity's password-reset token, issued by this provider instead of the default one so that its age is read
/// from the app's <see cref="TimeProvider"/> and the set-password page can tell an expired link from a used one.
/// It carries the security stamp of its day, so setting the password (which renews the stamp) spends it.
/// </summary>
public sealed class PasswordLinks(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "PasswordLink";
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(3);

    private readonly IDataProtector _protector = protection.CreateProtector("SdrWorkspace.PasswordLinks");

    /// <summary>The set-password page's address for a token of this provider.</summary>
    public static string PathFor(string userId, string token) =>
        $"/Account/SetPassword?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        var payload = string.Join('\n', clock.GetUtcNow().UtcTicks, user.Id, purpose, user.SecurityStamp ?? "");
        return Task.FromResult(WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload))));
    }

    public Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(Check(purpose, token, user) == PasswordLinkState.Valid);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);

    public PasswordLinkState Check(string purpose, string token, AppUser user)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return PasswordLinkState.Invalid;
        }
        if (parts.Length != 4 || !long.TryParse(parts[0], out var issuedTicks) || parts[1] != user.Id || parts[2] != purpose)
            return PasswordLinkState.Invalid;
        if (clock.GetUtcNow().UtcTicks - issuedTicks > Lifespan.Ticks)
            return PasswordLinkState.Expired;
        return parts[3] == (user.SecurityStamp ?? "") ? PasswordLinkState.Valid : PasswordLinkState.Used;
    }
}
