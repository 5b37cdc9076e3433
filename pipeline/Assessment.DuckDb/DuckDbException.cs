namespace Assessment.DuckDb;

/// <summary>
/// A failure reported by DuckDB. <see cref="Exception.Message"/> is DuckDB's own text (for appenders followed by
/// the table name); <see cref="ErrorType"/> is DuckDB's error category.
/// </summary>
public class DuckDbException : Exception
{
    internal DuckDbException(string message, DuckDbErrorType errorType, Exception? innerException = null)
        : base(message, innerException) => ErrorType = errorType;

    /// <summary>DuckDB's category for this error, or <see cref="DuckDbErrorType.Invalid"/> when it gave none.</summary>
    public DuckDbErrorType ErrorType { get; }
}
