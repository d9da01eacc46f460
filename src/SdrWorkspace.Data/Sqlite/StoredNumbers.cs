using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Logging;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// Stored amounts and counts read back the domain's way. A value outside its range (left by an older bug or a
/// hand-edited file: REAL holds what no decimal can) reads as absent instead of failing the query, so it spoils
/// its own record only; the record is logged with its id once materialised (<see cref="UnreadableValues"/>).
/// </summary>
public static class StoredNumbers
{
    public static decimal? Amount(double stored, NumberRange range) => range.Contains(stored) ? (decimal)stored : null;

    public static int? Count(long stored, NumberRange range) => range.Contains(stored) ? (int)stored : null;
}

/// <summary>An amount stored as REAL (SQLite has no decimal: as REAL it can still be compared and summed in queries).</summary>
internal sealed class StoredAmountConverter(NumberRange range, string property) : ValueConverter<decimal?, double?>(
    v => v == null ? null : (double)v.Value,
    v => v == null ? null : UnreadableValues.Noted(StoredNumbers.Amount(v.Value, range), property, v.Value));

internal sealed class StoredCountConverter(NumberRange range, string property) : ValueConverter<int?, long?>(
    v => v,
    v => v == null ? null : UnreadableValues.Noted(StoredNumbers.Count(v.Value, range), property, v.Value));

/// <summary>
/// Logs each record that holds an unreadable amount, with its id. The converters see the value but not its record, so
/// they note it; the record is known once materialised, on the same thread, right after its values are read.
/// </summary>
internal sealed class UnreadableValues : IMaterializationInterceptor
{
    /// <summary>One instance for every context: EF builds its internal services per set of singleton interceptors.</summary>
    public static readonly UnreadableValues Instance = new();

    private UnreadableValues() { }

    [ThreadStatic]
    private static List<(string Property, double Stored)>? _noted;

    public static T? Noted<T>(T? read, string property, double stored) where T : struct
    {
        if (read is null)
            (_noted ??= []).Add((property, stored));
        return read;
    }

    /// <summary>A record's values are read after this, so a note left by a query that read an amount without its record is dropped here.</summary>
    public InterceptionResult<object> CreatingInstance(MaterializationInterceptionData materializationData, InterceptionResult<object> result)
    {
        _noted?.Clear();
        return result;
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (_noted is not { Count: > 0 } noted)
            return entity;
        var type = materializationData.EntityType;
        var id = type.FindPrimaryKey()?.Properties[0].PropertyInfo?.GetValue(entity);
        var logger = materializationData.Context.GetService<ILoggerFactory>().CreateLogger<UnreadableValues>();
        foreach (var (property, stored) in noted)
        {
            logger.LogError("{Entity} {Id} holds {Property} = {Stored}, outside the range the app accepts; it is read as empty until corrected",
                type.ClrType.Name, id, property, stored);
        }
        noted.Clear();
        return entity;
    }
}
