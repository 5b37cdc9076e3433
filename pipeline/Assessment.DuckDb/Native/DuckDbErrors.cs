using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>Turns DuckDB's error reports into exceptions.</summary>
internal static unsafe class DuckDbErrors
{
    // DuckDB prefixes every message with "<display name> Error: "; the names are DuckDB's own (exception.cpp).
    // Used where the C API gives only text (open, prepare); results and appenders report the type directly.
    private static readonly Dictionary<string, DuckDbErrorType> TypesByDisplayName = new(StringComparer.Ordinal)
    {
        ["Invalid"] = DuckDbErrorType.Invalid,
        ["Out of Range"] = DuckDbErrorType.OutOfRange,
        ["Conversion"] = DuckDbErrorType.Conversion,
        ["Unknown Type"] = DuckDbErrorType.UnknownType,
        ["Decimal"] = DuckDbErrorType.Decimal,
        ["Mismatch Type"] = DuckDbErrorType.MismatchType,
        ["Divide by Zero"] = DuckDbErrorType.DivideByZero,
        ["Object Size"] = DuckDbErrorType.ObjectSize,
        ["Invalid type"] = DuckDbErrorType.InvalidType,
        ["Serialization"] = DuckDbErrorType.Serialization,
        ["TransactionContext"] = DuckDbErrorType.Transaction,
        ["Not implemented"] = DuckDbErrorType.NotImplemented,
        ["Expression"] = DuckDbErrorType.Expression,
        ["Catalog"] = DuckDbErrorType.Catalog,
        ["Parser"] = DuckDbErrorType.Parser,
        ["Planner"] = DuckDbErrorType.Planner,
        ["Scheduler"] = DuckDbErrorType.Scheduler,
        ["Executor"] = DuckDbErrorType.Executor,
        ["Constraint"] = DuckDbErrorType.Constraint,
        ["Index"] = DuckDbErrorType.Index,
        ["Stat"] = DuckDbErrorType.Stat,
        ["Connection"] = DuckDbErrorType.Connection,
        ["Syntax"] = DuckDbErrorType.Syntax,
        ["Settings"] = DuckDbErrorType.Settings,
        ["Binder"] = DuckDbErrorType.Binder,
        ["Network"] = DuckDbErrorType.Network,
        ["Optimizer"] = DuckDbErrorType.Optimizer,
        ["NullPointer"] = DuckDbErrorType.NullPointer,
        ["IO"] = DuckDbErrorType.IO,
        ["INTERRUPT"] = DuckDbErrorType.Interrupt,
        ["FATAL"] = DuckDbErrorType.Fatal,
        ["INTERNAL"] = DuckDbErrorType.Internal,
        ["Invalid Input"] = DuckDbErrorType.InvalidInput,
        ["Out of Memory"] = DuckDbErrorType.OutOfMemory,
        ["Permission"] = DuckDbErrorType.Permission,
        ["Parameter Not Resolved"] = DuckDbErrorType.ParameterNotResolved,
        ["Parameter Not Allowed"] = DuckDbErrorType.ParameterNotAllowed,
        ["Dependency"] = DuckDbErrorType.Dependency,
        ["HTTP"] = DuckDbErrorType.Http,
        ["Missing Extension"] = DuckDbErrorType.MissingExtension,
        ["Extension Autoloading"] = DuckDbErrorType.Autoload,
        ["Sequence"] = DuckDbErrorType.Sequence,
        ["Invalid Configuration"] = DuckDbErrorType.InvalidConfiguration,
    };

    /// <summary>The category named at the start of a DuckDB message; <see cref="DuckDbErrorType.Invalid"/> if none.</summary>
    public static DuckDbErrorType TypeFromMessage(string message)
    {
        var end = message.IndexOf(" Error: ", StringComparison.Ordinal);
        return end > 0 && TypesByDisplayName.TryGetValue(message[..end], out var type) ? type : DuckDbErrorType.Invalid;
    }

    /// <summary>
    /// The exception for a failed result: <see cref="OperationCanceledException"/> for an interrupt, otherwise a
    /// <see cref="DuckDbException"/> with DuckDB's message and type. Does not destroy the result.
    /// </summary>
    public static Exception FromResult(NativeResult* result)
    {
        var message = Marshal.PtrToStringUTF8(NativeMethods.duckdb_result_error(result))
                      ?? "DuckDB reported a failure without a message.";
        var type = (DuckDbErrorType)NativeMethods.duckdb_result_error_type(result);
        return FromMessage(message, type);
    }

    /// <summary>The exception for a message whose type is known, mapping interrupts to cancellation.</summary>
    public static Exception FromMessage(string message, DuckDbErrorType type)
    {
        var exception = new DuckDbException(message, type);
        return type == DuckDbErrorType.Interrupt
            ? new OperationCanceledException("The statement was interrupted: " + message, exception)
            : exception;
    }

    /// <summary>The exception for a message that carries its type only as its prefix.</summary>
    public static Exception FromMessage(string message) => FromMessage(message, TypeFromMessage(message));
}
