using Microsoft.AspNetCore.Identity;
using SdrWorkspace.Data.Preferences;

namespace SdrWorkspace.Data.Identity;

public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";
    /// <summary>Deactivated users keep their history but receive no new leads.</summary>
    public bool IsActive { get; set; } = true;
    public ColorScheme ColorScheme { get; set; } = ColorScheme.System;
    /// <summary>The IANA zone the user reads times in (their browser's, or the one they chose); null until known.</summary>
    public string? TimeZone { get; set; }
}
