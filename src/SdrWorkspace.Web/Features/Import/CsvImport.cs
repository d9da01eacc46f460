using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using SdrWorkspace.Web.Features.Ingestion;

namespace SdrWorkspace.Web.Features.Import;

/// <summary>
/// CSV import: read the file, map its columns to fields, validate every row with the same checks as the
/// API, and hand the whole file to <see cref="IngestionWriter"/> only when every row is valid: all or nothing.
/// </summary>
public sealed class CsvImport(IngestionWriter ingestion, TimeProvider clock)
{
    public const string ImportSource = "CSV import";
    public const long MaxFileBytes = 50 * 1024 * 1024;
    public const int MaxErrorsShown = 100;

    public const string NotUtf8Warning =
        "This file is not UTF-8, so it was read as Windows-1252 (Western European, what Excel's \"CSV (Comma delimited)\" saves). "
        + "Check that the names below look right; if they do not, save the file as \"CSV UTF-8\" and choose it again.";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a file in UTF-8 (with or without a byte order mark), or UTF-16 or UTF-32 with one. Bytes that are not
    /// UTF-8 are read as Windows-1252 rather than refused: a Windows Excel "CSV" is saved that way, every byte has a
    /// character in it, and the warning with the first rows lets the person check the accents before importing.
    /// </summary>
    public static async Task<CsvFile> ReadAsync(Stream stream, CancellationToken ct = default)
    {
        var bytes = await BytesOfAsync(stream, ct);
        var notUtf8 = !HasUnicodeByteOrderMark(bytes) && !Utf8.IsValid(bytes);
        using var reader = new StreamReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false),
            notUtf8 ? Windows1252 : StrictUtf8, detectEncodingFromByteOrderMarks: !notUtf8);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true });
        var rows = new List<string[]>();
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(csv.Record ?? []);
        }
        var warning = notUtf8 ? NotUtf8Warning : null;
        return rows.Count == 0 ? new CsvFile([], [], warning) : new CsvFile(rows[0].Select(h => h.Trim()).ToArray(), rows.Skip(1).ToList(), warning);
    }

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static async Task<ArraySegment<byte>> BytesOfAsync(Stream stream, CancellationToken ct)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            return buffer[(int)memory.Position..];
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return new ArraySegment<byte>(copy.ToArray());
    }

    private static bool HasUnicodeByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.Unicode.GetPreamble()) || bytes.StartsWith(Encoding.BigEndianUnicode.GetPreamble())
        || bytes.StartsWith(Encoding.UTF32.GetPreamble()) || bytes.StartsWith(new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble());

    /// <summary>Each field mapped to the column whose header names it, where one does.</summary>
    public static Dictionary<string, int?> AutoMap(IReadOnlyList<string> headers, ImportKind kind) =>
        ImportFields.For(kind).ToDictionary(f => f.Name, f => headers.Select((h, i) => (h, i)).Where(x => f.Matches(x.h)).Select(x => (int?)x.i).FirstOrDefault());

    public ImportCheck Validate(CsvFile file, IReadOnlyDictionary<string, int?> mapping, ImportKind kind)
    {
        var errors = new List<RowError>();
        foreach (var field in ImportFields.For(kind).Where(f => f.Required && mapping.GetValueOrDefault(f.Name) is null))
            errors.Add(new RowError(1, $"No column is mapped to {field.Label}"));
        if (errors.Count > 0)
            return new ImportCheck(kind, [], [], errors, 0);

        var now = clock.GetUtcNow().UtcDateTime;
        var columns = ColumnNames(file.Headers, mapping, kind);
        var leads = new List<LeadInput>();
        var events = new List<EventInput>();
        for (var i = 0; i < file.Rows.Count; i++)
        {
            var row = new MappedRow(file.Rows[i], mapping);
            // Row numbers as a spreadsheet shows them: the header is row 1.
            var number = i + 2;
            var problems = new FieldErrors();
            if (kind == ImportKind.Leads)
            {
                var lead = ToLead(row, problems);
                if (problems.Count == 0)
                    problems = IngestionValidation.Validate(lead);
                leads.Add(lead);
            }
            else
            {
                var e = ToEvent(row);
                problems = IngestionValidation.Validate(e, now);
                events.Add(e);
            }
            if (problems.Count > 0)
                errors.Add(new RowError(number, Describe(problems, columns)));
        }
        return new ImportCheck(kind, leads, events, errors, file.Rows.Count);
    }

    /// <summary>Writes a checked file as one batch (whole or not at all); refuses a file with any invalid row.</summary>
    public Task<IngestionResult> ImportAsync(ImportCheck check, string actor, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (!check.IsValid)
            throw new InvalidOperationException("Only a file with no invalid rows is imported.");
        return ingestion.WriteAsync(check.Leads, check.Events, actor, ImportSource, progress, ct);
    }

    /// <summary>
    /// Each field's name as the person importing knows it: the header of the column they mapped, else the field's label.
    /// The validation speaks the API's field names (company.employees), which mean nothing on this page.
    /// </summary>
    private static Dictionary<string, string> ColumnNames(IReadOnlyList<string> headers, IReadOnlyDictionary<string, int?> mapping, ImportKind kind) =>
        ImportFields.For(kind).ToDictionary(
            f => f.Name,
            f => mapping.GetValueOrDefault(f.Name) is { } i && i < headers.Count && !string.IsNullOrWhiteSpace(headers[i]) ? headers[i] : f.Label);

    private static string Describe(FieldErrors problems, IReadOnlyDictionary<string, string> columns) =>
        string.Join("; ", problems.SelectMany(p => p.Value.Select(message => $"{columns.GetValueOrDefault(FieldOf(p.Key), p.Key)} {message}")));

    /// <summary>The import field an API field name comes from: the company's fields are flat columns in a file.</summary>
    private static string FieldOf(string apiField) => apiField switch
    {
        "company.name" => "company",
        _ when apiField.StartsWith("company.", StringComparison.Ordinal) => apiField["company.".Length..],
        _ => apiField,
    };

    private static LeadInput ToLead(MappedRow row, FieldErrors problems)
    {
        var employees = row.Number(IngestionValidation.EmployeesField, problems, s => int.TryParse(s, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : (int?)null);
        var revenue = row.Number(IngestionValidation.AnnualRevenueField, problems, s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null);
        var company = row["company"] ?? row["domain"];
        return new LeadInput(row["email"], row["firstName"], row["lastName"], row["title"], row["phone"], row["source"], row["campaign"],
            company is null ? null : new CompanyInput(row["company"], row["domain"], row["industry"], employees, revenue, row["country"]));
    }

    private static EventInput ToEvent(MappedRow row) =>
        new(row["eventId"], row["email"], row["type"], row["occurredAt"], row["url"], row["subject"], row["text"]);

    private readonly struct MappedRow(string[] cells, IReadOnlyDictionary<string, int?> mapping)
    {
        public string? this[string field] =>
            mapping.GetValueOrDefault(field) is { } i && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;

        /// <summary>A number for an API field, read from the column mapped to it; one that does not parse is a problem saying what the field takes.</summary>
        public T? Number<T>(string apiField, FieldErrors problems, Func<string, T?> parse) where T : struct
        {
            if (this[FieldOf(apiField)] is not { } text)
                return null;
            var value = parse(text);
            if (value is null)
                problems.Add(apiField, $"'{text}' is not valid: it {IngestionValidation.NumberRequirement(apiField)}");
            return value;
        }
    }
}

/// <summary>A file as read: its header, its rows, and a warning when its encoding had to be guessed.</summary>
public sealed record CsvFile(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows, string? EncodingWarning = null);

public sealed record RowError(int Row, string Message);

public sealed record ImportCheck(ImportKind Kind, IReadOnlyList<LeadInput> Leads, IReadOnlyList<EventInput> Events, IReadOnlyList<RowError> Errors, int Rows)
{
    public bool IsValid => Errors.Count == 0 && Rows > 0;
}
