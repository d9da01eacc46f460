using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Import;

namespace SdrWorkspace.Components.Tests.Import;

public class ColumnMappingTests : ComponentTest
{
    private static readonly CsvFile File = new(
        ["Email", "Given name", "Headcount"],
        [["ana@example.com", "Ana", "400"], ["ben@example.com", "Ben", "120"]]);

    [Fact]
    public async Task Dump()
    {
        var providers = RenderProviders();
        var mapping = CsvImport.AutoMap(File.Headers, ImportKind.Leads);
        var cut = Context.Render<ColumnMapping>(p => p
            .Add(c => c.File, File).Add(c => c.Kind, ImportKind.Leads).Add(c => c.Mapping, mapping).Add(c => c.MappingChanged, () => { }));
        await cut.Find("input[aria-label='Column for Email']").Closest(".mud-input-control")!.MouseDownAsync(new());
        System.IO.File.WriteAllText("/tmp/handover/mapping.html", providers.Markup);
    }
}
