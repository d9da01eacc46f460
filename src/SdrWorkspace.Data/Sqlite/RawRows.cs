using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// Reads rows with plain data readers where EF's materialisation would dominate: bulk reads of hundreds of
/// thousands of rows that are only read, never tracked. Columns are decoded as EF stores them (enums by name,
/// UTC times as text), faster than the general-purpose parsers.
/// </summary>
public static class RawRows
{
    /// <summary>A command on the context's connection (opened if need be), inside its transaction if it has one.</summary>
    public static async Task<DbCommand> CommandAsync(DbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        var command = await OnOpenConnectionAsync(db, db.Database.GetDbConnection().CreateCommand(), ct);
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>The SQL EF writes for a query (filters and all), to be read with a data reader.</summary>
    public static Task<DbCommand> CommandAsync(DbContext db, IQueryable query, CancellationToken ct) =>
        OnOpenConnectionAsync(db, query.CreateDbCommand(), ct);

    private static async Task<DbCommand> OnOpenConnectionAsync(DbContext db, DbCommand command, CancellationToken ct)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>Reads by position, so first checks the positions hold the columns the reader expects.</summary>
    public static void ExpectColumns(DbDataReader r, params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (!string.Equals(r.GetName(i), names[i], StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"Column {i} is {r.GetName(i)}, expected {names[i]}.");
        }
    }

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static T Enum<T>(DbDataReader r, int i) where T : struct, Enum => Names<T>.Parse(r.GetString(i));

    public static T? NullableEnum<T>(DbDataReader r, int i) where T : struct, Enum => r.IsDBNull(i) ? null : Names<T>.Parse(r.GetString(i));

    /// <summary>Enums stored by name, parsed through a lookup (a million parses add up).</summary>
    private static class Names<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByName = System.Enum.GetValues<T>().ToDictionary(v => v.ToString(), StringComparer.Ordinal);

        public static T Parse(string name) => ByName.TryGetValue(name, out var value) ? value : System.Enum.Parse<T>(name);
    }

    /// <summary>EF's text form of a UTC time ("2026-11-23 10:00:00.1234567"), read without the general-purpose parser.</summary>
    public static DateTime? Time(DbDataReader r, int i)
    {
        if (r.IsDBNull(i))
            return null;
        var s = r.GetString(i).AsSpan();
        if (s.Length >= 19 && s[4] == '-' && s[10] == ' ')
        {
            var value = new DateTime(Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2), Digits(s, 11, 2), Digits(s, 14, 2), Digits(s, 17, 2), DateTimeKind.Utc);
            if (s.Length > 20 && s[19] == '.')
            {
                var fraction = s[20..];
                value = value.AddTicks(Digits(fraction, 0, fraction.Length) * (long)Math.Pow(10, 7 - fraction.Length));
            }
            return value;
        }
        return DateTime.SpecifyKind(DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
    }

    private static int Digits(ReadOnlySpan<char> s, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
            value = value * 10 + (s[i] - '0');
        return value;
    }
}
