using MudBlazor;

namespace SdrWorkspace.Web.Components.Layout;

/// <summary>
/// The product's one theme: a deep blue for work, amber for what waits, red for what is overdue.
/// Secondary is the quiet slate of supporting text (captions, counts, hints); tertiary the violet of nurture.
/// System fonts only (the app serves no web fonts and its content policy loads none from elsewhere);
/// dense spacing, since SDRs read long lists during calls.
/// </summary>
public static class AppTheme
{
    private static readonly string[] Fonts = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            PrimaryDarken = "#163a5a",
            PrimaryLighten = "#2f6f9f",
            Secondary = "#4f5d6b",
            Tertiary = "#52308f",
            Info = "#0b4f8a",
            Success = "#1e7b43",
            Warning = "#8a4b00",
            Error = "#b3261e",
            AppbarBackground = "#1f4e79",
            Background = "#f6f8fa",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1d2733",
            TextSecondary = "#4f5d6b",
            LinesDefault = "#dde3ea",
            TableLines = "#dde3ea",
            Divider = "#dde3ea",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8cb8e6",
            // Dark mode's colours are light, so what is drawn on them is dark: white on them reads at about 2:1.
            PrimaryContrastText = "#0b1a2a",
            SecondaryContrastText = "#0b1a2a",
            TertiaryContrastText = "#0b1a2a",
            InfoContrastText = "#0b1a2a",
            SuccessContrastText = "#0b1a2a",
            WarningContrastText = "#0b1a2a",
            ErrorContrastText = "#0b1a2a",
            PrimaryDarken = "#6d9fd1",
            PrimaryLighten = "#a9cbef",
            Secondary = "#a3b1bf",
            Tertiary = "#b9a2e8",
            Info = "#7cb7f0",
            Success = "#6fcf97",
            Warning = "#f0b35a",
            Error = "#f2847c",
            AppbarBackground = "#14263a",
            Background = "#11161c",
            Surface = "#1a2129",
            DrawerBackground = "#161c23",
            TextPrimary = "#e6ebf0",
            TextSecondary = "#a3b1bf",
            LinesDefault = "#2c3641",
            TableLines = "#2c3641",
            Divider = "#2c3641",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".875rem", LineHeight = "1.43" },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.25" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.3" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.3" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1rem", FontWeight = "600", LineHeight = "1.35" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = ".95rem", FontWeight = "600", LineHeight = "1.35" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = ".9rem", FontWeight = "600", LineHeight = "1.35" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "6px",
            AppbarHeight = "56px",
            DrawerWidthLeft = "232px",
        },
    };
}
