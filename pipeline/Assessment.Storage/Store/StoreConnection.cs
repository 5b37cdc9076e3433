using DuckDB.NET.Data;

namespace Assessment.Storage.Store;

/// <summary>
/// Opens DuckDB.NET connections with the settings every store connection must have: extensions are never downloaded
/// and never auto-loaded, so SQL that needs one that is not built in (spatial, httpfs, excel) fails at once with
/// DuckDB's message instead of reaching for the network.
/// </summary>
/// <remarks>
/// DuckDB.NET shares one database per file within a process and applies connection-string settings only when it
/// first opens that file, so a later connection's own settings are ignored. The settings are therefore also applied
/// with SQL <c>SET</c> on every connection opened here.
/// </remarks>
internal static class StoreConnection
{
    /// <summary>The data source that opens a private in-memory database.</summary>
    public const string InMemory = ":memory:";

    private static readonly string[] ExtensionSettings = ["autoinstall_known_extensions", "autoload_known_extensions"];

    /// <summary>Opens (creating if absent) the database at <paramref name="dataSource"/>: <see cref="InMemory"/> or a full file path.</summary>
    /// <exception cref="DuckDBException">DuckDB could not open it; <see cref="IsLockConflict"/> tells whether another process holds it.</exception>
    public static DuckDBConnection Open(string dataSource)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = dataSource };
        foreach (var setting in ExtensionSettings) builder[setting] = "false";
        return Configured(new DuckDBConnection(builder.ConnectionString));
    }

    /// <summary>
    /// Another connection to the same database as <paramref name="connection"/> (an open store connection), for
    /// another thread. An in-memory database can only be reached by duplicating; a file is reached by its path.
    /// </summary>
    /// <exception cref="DuckDBException">DuckDB could not connect.</exception>
    public static DuckDBConnection OpenAnother(DuckDBConnection connection) =>
        connection.DataSource == InMemory ? Configured(connection.Duplicate()) : Open(connection.DataSource);

    /// <summary>
    /// True when DuckDB refused to open a file because another process holds its lock. DuckDB.NET reports this with
    /// <see cref="DuckDBException.ErrorType"/> Invalid and DuckDB's text "Could not set lock on file …".
    /// </summary>
    public static bool IsLockConflict(DuckDBException exception) =>
        exception.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);

    private static DuckDBConnection Configured(DuckDBConnection connection)
    {
        try
        {
            connection.Open();
            connection.Execute(string.Concat(ExtensionSettings.Select(s => $"SET {s} = false;")));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
