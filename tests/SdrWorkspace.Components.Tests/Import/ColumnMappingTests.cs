using SdrWorkspace.Components.Tests.Handover;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Import;

namespace SdrWorkspace.Components.Tests.Import;

public class ColumnMappingTests : ComponentTest
{
    private static readonly CsvFile File = new(
        ["Email", "Given name", "Headcount"],
        [["ana@example.com", "Ana", "400"], ["ben@example.com", "Ben", "120"]]);

    private readonly Dictionary<string, int?> mapping = CsvImport.AutoMap(File.Headers, ImportKind.Leads);
    private int changes;

    [Fact]
    public void EachFieldShowsTheColumnMatchedByNameAndItsFirstValues()
    {
        var columns = RenderMapping();

        Assert.Equal("Email", columns.Labelled("Column for Email").GetAttribute("value"));
        Assert.Equal("Headcount", columns.Labelled("Column for Employees").GetAttribute("value"));
        Assert.Equal("(not imported)", columns.Labelled("Column for Phone").GetAttribute("value"));
        Assert.Contains("ana@example.com · ben@example.com", columns.Markup);
        Assert.Equal("2 rows in the file.", columns.Find("[data-testid=row-count]").TextContent);
    }

    [Fact]
    public async Task ChoosingAnotherColumnRemapsTheFieldAndSaysSo()
    {
        var popovers = RenderProviders();
        var columns = RenderMapping();

        await columns.Labelled("Column for First name").ChooseAsync(popovers, "Headcount");

        Assert.Equal(2, mapping["firstName"]);
        Assert.Equal(1, changes);
        columns.WaitForAssertion(() => Assert.Equal("Headcount", columns.Labelled("Column for First name").GetAttribute("value")));
    }

    [Fact]
    public async Task ChoosingNotImportedLeavesTheFieldOut()
    {
        var popovers = RenderProviders();
        var columns = RenderMapping();

        await columns.Labelled("Column for Employees").ChooseAsync(popovers, "(not imported)");

        Assert.Null(mapping["employees"]);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void AnEventsFileMapsTheEventFields()
    {
        var columns = Context.Render<ColumnMapping>(p => p
            .Add(c => c.File, File).Add(c => c.Kind, ImportKind.Events)
            .Add(c => c.Mapping, CsvImport.AutoMap(File.Headers, ImportKind.Events)).Add(c => c.MappingChanged, () => { }));

        Assert.NotEmpty(columns.FindAll("[aria-label='Column for Occurred at']"));
        Assert.Empty(columns.FindAll("[aria-label='Column for Employees']"));
    }

    [Fact]
    public async Task AFileThatIsNotUtf8WarnsAndShowsItsAccentedValuesAsRead()
    {
        var latin1 = await CsvImport.ReadAsync(new MemoryStream(System.Text.Encoding.Latin1.GetBytes("Email,Last name,Company\nklaus@latin.fr,Müller,Société\n")));

        var columns = Context.Render<ColumnMapping>(p => p
            .Add(c => c.File, latin1).Add(c => c.Kind, ImportKind.Leads)
            .Add(c => c.Mapping, CsvImport.AutoMap(latin1.Headers, ImportKind.Leads)).Add(c => c.MappingChanged, () => { }));

        Assert.Contains("This file is not UTF-8", columns.Find("[role=alert]").TextContent);
        Assert.Contains("Müller", columns.Markup);
        Assert.Contains("Société", columns.Markup);
    }

    [Fact]
    public void AUtf8FileShowsNoEncodingWarning()
    {
        var columns = RenderMapping();

        Assert.Empty(columns.FindAll("[role=alert]"));
    }

    private IRenderedComponent<ColumnMapping> RenderMapping() =>
        Context.Render<ColumnMapping>(p => p
            .Add(c => c.File, File)
            .Add(c => c.Kind, ImportKind.Leads)
            .Add(c => c.Mapping, mapping)
            .Add(c => c.MappingChanged, () => changes++));
}