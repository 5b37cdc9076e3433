namespace Assessment.DuckDb;

/// <summary>
/// DuckDB's error categories, with the numeric values of the C API's <c>duckdb_error_type</c>. DuckDB's message
/// text starts with the category's display name, e.g. "Catalog Error: ...".
/// </summary>
public enum DuckDbErrorType
{
    /// <summary>No category, or one this library could not determine.</summary>
    Invalid = 0,
    /// <summary>A value out of range ("Out of Range Error").</summary>
    OutOfRange = 1,
    /// <summary>A failed cast ("Conversion Error").</summary>
    Conversion = 2,
    /// <summary>"Unknown Type Error".</summary>
    UnknownType = 3,
    /// <summary>"Decimal Error".</summary>
    Decimal = 4,
    /// <summary>"Mismatch Type Error".</summary>
    MismatchType = 5,
    /// <summary>"Divide by Zero Error".</summary>
    DivideByZero = 6,
    /// <summary>"Object Size Error".</summary>
    ObjectSize = 7,
    /// <summary>"Invalid type Error".</summary>
    InvalidType = 8,
    /// <summary>"Serialization Error".</summary>
    Serialization = 9,
    /// <summary>A transaction problem ("TransactionContext Error"), e.g. COMMIT with none active.</summary>
    Transaction = 10,
    /// <summary>"Not implemented Error".</summary>
    NotImplemented = 11,
    /// <summary>"Expression Error".</summary>
    Expression = 12,
    /// <summary>A missing or duplicate table, schema or function ("Catalog Error").</summary>
    Catalog = 13,
    /// <summary>Invalid SQL syntax ("Parser Error").</summary>
    Parser = 14,
    /// <summary>"Planner Error".</summary>
    Planner = 15,
    /// <summary>"Scheduler Error".</summary>
    Scheduler = 16,
    /// <summary>"Executor Error".</summary>
    Executor = 17,
    /// <summary>A violated constraint such as a primary key ("Constraint Error").</summary>
    Constraint = 18,
    /// <summary>"Index Error".</summary>
    Index = 19,
    /// <summary>"Stat Error".</summary>
    Stat = 20,
    /// <summary>"Connection Error".</summary>
    Connection = 21,
    /// <summary>"Syntax Error".</summary>
    Syntax = 22,
    /// <summary>"Settings Error".</summary>
    Settings = 23,
    /// <summary>A missing column or wrong argument types ("Binder Error").</summary>
    Binder = 24,
    /// <summary>"Network Error".</summary>
    Network = 25,
    /// <summary>"Optimizer Error".</summary>
    Optimizer = 26,
    /// <summary>"NullPointer Error".</summary>
    NullPointer = 27,
    /// <summary>A file system problem, including a database file locked by another process ("IO Error").</summary>
    IO = 28,
    /// <summary>The statement was interrupted ("INTERRUPT Error"); surfaced as OperationCanceledException.</summary>
    Interrupt = 29,
    /// <summary>"FATAL Error": the database must be reopened.</summary>
    Fatal = 30,
    /// <summary>"INTERNAL Error": a DuckDB bug.</summary>
    Internal = 31,
    /// <summary>"Invalid Input Error", e.g. error('...') in SQL or malformed CSV.</summary>
    InvalidInput = 32,
    /// <summary>"Out of Memory Error".</summary>
    OutOfMemory = 33,
    /// <summary>"Permission Error".</summary>
    Permission = 34,
    /// <summary>"Parameter Not Resolved Error".</summary>
    ParameterNotResolved = 35,
    /// <summary>"Parameter Not Allowed Error".</summary>
    ParameterNotAllowed = 36,
    /// <summary>"Dependency Error", e.g. dropping a schema that still holds tables.</summary>
    Dependency = 37,
    /// <summary>"HTTP Error".</summary>
    Http = 38,
    /// <summary>An extension is needed but not loaded ("Missing Extension Error").</summary>
    MissingExtension = 39,
    /// <summary>"Extension Autoloading Error".</summary>
    Autoload = 40,
    /// <summary>"Sequence Error".</summary>
    Sequence = 41,
    /// <summary>"Invalid Configuration Error".</summary>
    InvalidConfiguration = 42,
}
