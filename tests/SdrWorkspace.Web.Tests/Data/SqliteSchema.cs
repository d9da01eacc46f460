using System.Data.Common;
using System.Text.RegularExpressions;

namespace SdrWorkspace.Web.Tests.Data;

/// <summary>
/// A SQLite file's schema as comparable lines, one per fact ("Leads column Email: TEXT not null ..."),
/// read from the PRAGMAs and from the CREATE statements SQLite keeps. EF's own tables (migrations
/// history and lock) and SQLite's internal ones are left out.
/// </summary>
public static partial class SqliteSchema
{
    public static async Task<IReadOnlyList<string>> ReadAsync(DbConnection connection)
    {
        var facts = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')");
        foreach (var table in tables)
        {
            var name = (string)table["name"]!;
            facts.Add($"table {name}");
            facts.AddRange(await ColumnsAsync(connection, name));
            facts.AddRange(await IndexesAsync(connection, name));
            facts.AddRange(await ForeignKeysAsync(connection, name));
            // The CREATE TABLE text adds what the PRAGMAs do not show: collations, AUTOINCREMENT, constraint names.
            facts.AddRange(DefinitionLines((string)table["sql"]!).Select(line => $"{name} definition: {line}"));
        }
        return facts.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<IEnumerable<string>> ColumnsAsync(DbConnection connection, string table) =>
        (await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")")).Select(c =>
            $"{table} column {c["name"]}: type={c["type"]} notnull={c["notnull"]} pk={c["pk"]} default={c["dflt_value"] ?? "none"}");

    private static async Task<IEnumerable<string>> IndexesAsync(DbConnection connection, string table)
    {
        var facts = new List<string>();
        foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
        {
            var name = (string)index["name"]!;
            var keys = (await QueryAsync(connection, $"PRAGMA index_xinfo(\"{name}\")"))
                .Where(k => Convert.ToInt64(k["key"]) == 1)
                .OrderBy(k => Convert.ToInt64(k["seqno"]))
                .Select(k => $"{k["name"]}{(Convert.ToInt64(k["desc"]) == 1 ? " DESC" : "")} COLLATE {k["coll"]}");
            facts.Add($"{table} index {name}: unique={index["unique"]} origin={index["origin"]} partial={index["partial"]} ({string.Join(", ", keys)})");
        }
        // The filter of a partial index is only in its CREATE INDEX text.
        foreach (var index in await QueryAsync(connection, $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL"))
            facts.Add($"{table} index {index["name"]} sql: {Normalise((string)index["sql"]!)}");
        return facts;
    }

    private static async Task<IEnumerable<string>> ForeignKeysAsync(DbConnection connection, string table) =>
        (await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")")).Select(k =>
            $"{table} foreign key {k["from"]} -> {k["table"]}.{k["to"]}: seq={k["seq"]} on_update={k["on_update"]} on_delete={k["on_delete"]} match={k["match"]}");

    /// <summary>The column and constraint lines of a CREATE TABLE, whitespace-normalised, in any order.</summary>
    /// <summary>
    /// The column and constraint definitions of a CREATE TABLE, split at top-level commas: a column a
    /// later migration adds (ALTER TABLE ADD COLUMN) is appended to the text, so order is not compared.
    /// </summary>
    private static IEnumerable<string> DefinitionLines(string createTable)
    {
        var body = createTable[(createTable.IndexOf('(') + 1)..createTable.LastIndexOf(')')];
        var parts = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (body[i] == ',' && depth == 0)
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }
        parts.Add(body[start..]);
        return parts.Select(Normalise).Where(part => part.Length > 0);
    }

    private static string Normalise(string sql) => Whitespace().Replace(sql, " ").Trim();

    private static async Task<List<Dictionary<string, object?>>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
