using Microsoft.Extensions.Configuration.Json;

namespace SdrWorkspace.Web.Hosting;

internal static class RootSettings
{
    private const string FileName = "appsettings.Development.json";

    /// <summary>
    /// The development settings live at the repository root (copied next to the app on build). They are
    /// inserted where ASP.NET would read appsettings.Development.json, so environment variables and the
    /// command line still override them.
    /// </summary>
    public static void AddRootDevelopmentSettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
            return;
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(path))
            return;

        var sources = (IList<IConfigurationSource>)configuration.Sources;
        var lastJson = sources.Select((s, i) => (s, i)).LastOrDefault(x => x.s is JsonConfigurationSource).i;
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        sources.Insert(lastJson + 1, source);
    }
}
