namespace SdrWorkspace.Data.Preferences;

/// <summary>How a user wants the app drawn; <see cref="System"/> follows the operating system's setting.</summary>
public enum ColorScheme
{
    System,
    Light,
    Dark,
}
