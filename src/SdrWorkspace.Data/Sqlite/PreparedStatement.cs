using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// One statement run for many rows on the context's connection and in its transaction: parameters named
/// and prepared once, values bound by position (null as NULL). Bulk writes use it where EF's change
/// tracking would cost more than the writing.
/// </summary>
public sealed class PreparedStatement : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    private PreparedStatement(DbCommand command, DbParameter[] parameters)
    {
        _command = command;
        _parameters = parameters;
    }

    /// <param name="names">The statement's parameters, in the order <see cref="RunAsync"/> is given their values.</param>
    public static PreparedStatement In(DbContext db, string sql, IEnumerable<string> names)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameters = names.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
        return new PreparedStatement(command, parameters);
    }

    /// <returns>The rows the statement changed.</returns>
    public Task<int> RunAsync(CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            _parameters[i].Value = values[i] ?? DBNull.Value;
        return _command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
