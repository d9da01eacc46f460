using System.Globalization;

namespace SdrWorkspace.Web.Components.Shared;

public static class Percent
{
    /// <summary>"13%", "41.7%": one decimal only where it says something.</summary>
    public static string Of(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
