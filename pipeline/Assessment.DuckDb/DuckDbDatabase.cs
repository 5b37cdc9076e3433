using System.Runtime.InteropServices;
using Assessment.DuckDb.Native;

namespace Assessment.DuckDb;

/// <summary>
/// An open DuckDB database, in memory or in a file. The database may be shared between threads; each thread
/// needs its own <see cref="DuckDbConnection"/>. Disposing releases the file lock once every connection,
/// statement and appender created from it has been disposed too.
/// </summary>
public sealed class DuckDbDatabase : IDisposable
{
    /// <summary>The path that opens a private in-memory database.</summary>
    public const string InMemoryPath = ":memory:";

    private readonly DatabaseHandle handle;

    private DuckDbDatabase(string path, DatabaseHandle handle)
    {
        Path = path;
        this.handle = handle;
    }

    /// <summary>
    /// <see cref="InMemoryPath"/>, or the full path of the database file (relative paths are resolved against the
    /// current directory when opening).
    /// </summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating if absent) the database at <paramref name="path"/>: <see cref="InMemoryPath"/> or a file path.
    /// Extension auto-install and auto-load are always off, so SQL needing a missing extension fails at once instead
    /// of trying to download it. <paramref name="options"/> are further DuckDB settings (e.g. "threads" = "2").
    /// </summary>
    /// <exception cref="DuckDbDatabaseInUseException">Another process holds the file's lock.</exception>
    /// <exception cref="DuckDbException">DuckDB could not open the database; carries its message.</exception>
    /// <exception cref="ArgumentException">An option is unknown to DuckDB or tries to re-enable extension loading.</exception>
    public static DuckDbDatabase Open(string path, IReadOnlyDictionary<string, string>? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var resolvedPath = path.StartsWith(InMemoryPath, StringComparison.Ordinal) ? path : System.IO.Path.GetFullPath(path);

        var config = CreateConfig(options);
        int state;
        nint database;
        nint error;
        try
        {
            state = NativeMethods.duckdb_open_ext(resolvedPath, out database, config, out error);
        }
        finally
        {
            NativeMethods.duckdb_destroy_config(ref config);
        }

        if (state == NativeMethods.Success)
        {
            return new DuckDbDatabase(resolvedPath, new DatabaseHandle(database));
        }

        var message = TakeOwnedString(error) ?? $"DuckDB could not open '{resolvedPath}' and gave no reason.";
        if (IsLockConflict(message))
        {
            throw new DuckDbDatabaseInUseException(resolvedPath, message);
        }

        throw DuckDbErrors.FromMessage(message);
    }

    /// <summary>Opens a new connection. Use one connection per thread.</summary>
    /// <exception cref="ObjectDisposedException">The database was disposed.</exception>
    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (NativeMethods.duckdb_connect(handle, out var connection) != NativeMethods.Success)
        {
            throw new DuckDbException($"DuckDB could not open a connection to '{Path}'.", DuckDbErrorType.Connection);
        }

        return new DuckDbConnection(new ConnectionHandle(connection, handle));
    }

    /// <summary>The DuckDB library version, e.g. "v1.5.6".</summary>
    public static string LibraryVersion => Marshal.PtrToStringUTF8(NativeMethods.duckdb_library_version()) ?? "";

    /// <summary>Closes the database handle. Calling it again does nothing.</summary>
    public void Dispose() => handle.Dispose();

    private static readonly string[] ForcedSettings = ["autoinstall_known_extensions", "autoload_known_extensions"];

    private static nint CreateConfig(IReadOnlyDictionary<string, string>? options)
    {
        if (NativeMethods.duckdb_create_config(out var config) != NativeMethods.Success)
        {
            throw new DuckDbException("DuckDB could not create a configuration.", DuckDbErrorType.Invalid);
        }

        try
        {
            foreach (var (name, value) in options ?? new Dictionary<string, string>())
            {
                if (ForcedSettings.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    throw new ArgumentException(
                        $"The option '{name}' cannot be set: extension auto-install and auto-load are always off.",
                        nameof(options));
                }

                Set(config, name, value);
            }

            foreach (var name in ForcedSettings)
            {
                Set(config, name, "false");
            }

            return config;
        }
        catch
        {
            NativeMethods.duckdb_destroy_config(ref config);
            throw;
        }
    }

    private static void Set(nint config, string name, string value)
    {
        if (NativeMethods.duckdb_set_config(config, name, value) != NativeMethods.Success)
        {
            throw new ArgumentException($"DuckDB rejected the option '{name}' = '{value}'.", "options");
        }
    }

    private static string? TakeOwnedString(nint pointer)
    {
        if (pointer == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(pointer);
        }
        finally
        {
            NativeMethods.duckdb_free(pointer);
        }
    }

    // DuckDB 1.x reports a held fcntl lock as: IO Error: Could not set lock on file "...": Conflicting lock is held ...
    private static bool IsLockConflict(string message) =>
        message.Contains("Could not set lock on file", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);
}
