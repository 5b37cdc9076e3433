namespace Assessment.DuckDb;

/// <summary>
/// The database file is locked by another process (another run of this program, or any other DuckDB client),
/// so it cannot be opened until that process closes it.
/// </summary>
public sealed class DuckDbDatabaseInUseException : DuckDbException
{
    internal DuckDbDatabaseInUseException(string databasePath, string duckDbMessage)
        : base(
            $"The database file '{databasePath}' is in use: another run of the assessment (or another program) has it " +
            $"open. Wait for that run to finish or close the other program, then try again. DuckDB said: {duckDbMessage}",
            DuckDbErrorType.IO) =>
        DatabasePath = databasePath;

    /// <summary>Full path of the locked database file.</summary>
    public string DatabasePath { get; }
}
