using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Tests.Common;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [InlineData("+SUM(A1)", "'+SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@admin", "'@admin")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    public void TextThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Safe(value));

    [Theory]
    [InlineData("Dana Reyes", "Dana Reyes")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void OrdinaryTextIsLeftAsItIs(string? value, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Safe(value));
}
