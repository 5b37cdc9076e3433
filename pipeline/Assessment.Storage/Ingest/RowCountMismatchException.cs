namespace Assessment.Storage.Ingest;

/// <summary>DuckDB's loaded + rejected rows disagree with the independent count: the file's transaction is rolled back.</summary>
internal sealed class RowCountMismatchException(string message) : Exception(message);
