namespace SdrWorkspace.Domain.Common;

/// <summary>Text written to a spreadsheet-bound file (CSV export) so a cell is never run as a formula.</summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>A leading apostrophe makes spreadsheet programs show the text instead of evaluating it.</summary>
    public static string Safe(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
