using System.Globalization;
using DuckDB.NET.Data;

namespace Assessment.Storage.Store;

/// <summary>
/// Short forms of DuckDB.NET's command API for the store's SQL. Values always travel as positional parameters (filling
/// <c>?</c> or <c>$1</c>, <c>$2</c>, … in order), never inside the SQL text.
/// </summary>
internal static class DuckDbConnectionExtensions
{
    /// <summary>
    /// Runs <paramref name="sql"/> and returns the rows it inserted, updated or deleted (summed over its statements;
    /// 0 for statements that change no rows). Without parameters the text may hold several statements separated by
    /// semicolons.
    /// </summary>
    /// <exception cref="DuckDBException">DuckDB reported an error; carries its message and <see cref="DuckDBException.ErrorType"/>.</exception>
    /// <exception cref="OperationCanceledException">The statement was interrupted.</exception>
    public static long Execute(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// The first column of the first row converted to <typeparamref name="T"/> (a number type, string, bool, or
    /// Nullable of those); <c>default</c> when there is no row or the value is NULL.
    /// </summary>
    /// <exception cref="DuckDBException">DuckDB reported an error.</exception>
    /// <exception cref="InvalidCastException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    /// <exception cref="OverflowException">The value does not fit in <typeparamref name="T"/>.</exception>
    public static T? Scalar<T>(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        var value = command.ExecuteScalar();
        if (value is null or DBNull) return default;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs a query and returns a forward-only reader over its rows (materialised, so the connection may run other
    /// statements meanwhile). Dispose the reader when done.
    /// </summary>
    /// <exception cref="DuckDBException">DuckDB reported an error.</exception>
    public static DuckDBDataReader Query(this DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteReader();
    }

    /// <summary>A DATE column as a <see cref="DateOnly"/>.</summary>
    public static DateOnly GetDate(this DuckDBDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters ?? []) command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        return command;
    }
}
