using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>
/// What a reader needs to decode one result column: its name and type, and for DECIMAL and ENUM columns the
/// physical storage type, scale and enum dictionary (read once, while the result is alive).
/// </summary>
internal sealed unsafe class ResultColumn
{
    private ResultColumn(string name, DuckDbType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The column's name as DuckDB reports it.</summary>
    public string Name { get; }

    /// <summary>The column's logical type.</summary>
    public DuckDbType Type { get; }

    /// <summary>Whether the reader can decode this column's values.</summary>
    public bool IsSupported => Type is >= DuckDbType.Boolean and <= DuckDbType.Varchar and not DuckDbType.Interval
        or DuckDbType.Blob or DuckDbType.Decimal or DuckDbType.TimestampS or DuckDbType.TimestampMs
        or DuckDbType.TimestampNs or DuckDbType.Enum or DuckDbType.TimestampTz or DuckDbType.UHugeInt;

    /// <summary>For DECIMAL and ENUM: the physical integer type the vector stores; otherwise <see cref="Type"/>.</summary>
    public DuckDbType StorageType { get; private init; }

    /// <summary>For DECIMAL: digits after the decimal point.</summary>
    public byte DecimalScale { get; private init; }

    /// <summary>For ENUM: the labels, indexed by the stored value.</summary>
    public IReadOnlyList<string> EnumLabels { get; private init; } = [];

    /// <summary>Reads the description of column <paramref name="index"/> of a successful result.</summary>
    public static ResultColumn Read(NativeResult* result, int index)
    {
        var name = Marshal.PtrToStringUTF8(NativeMethods.duckdb_column_name(result, (ulong)index)) ?? $"column{index}";
        var type = (DuckDbType)NativeMethods.duckdb_column_type(result, (ulong)index);
        if (type is not (DuckDbType.Decimal or DuckDbType.Enum))
        {
            return new ResultColumn(name, type) { StorageType = type };
        }

        var logicalType = NativeMethods.duckdb_column_logical_type(result, (ulong)index);
        try
        {
            return type == DuckDbType.Decimal
                ? new ResultColumn(name, type)
                {
                    StorageType = (DuckDbType)NativeMethods.duckdb_decimal_internal_type(logicalType),
                    DecimalScale = NativeMethods.duckdb_decimal_scale(logicalType),
                }
                : new ResultColumn(name, type)
                {
                    StorageType = (DuckDbType)NativeMethods.duckdb_enum_internal_type(logicalType),
                    EnumLabels = ReadEnumLabels(logicalType),
                };
        }
        finally
        {
            NativeMethods.duckdb_destroy_logical_type(ref logicalType);
        }
    }

    private static string[] ReadEnumLabels(nint logicalType)
    {
        var labels = new string[NativeMethods.duckdb_enum_dictionary_size(logicalType)];
        for (var i = 0; i < labels.Length; i++)
        {
            // Unlike most strings from DuckDB, dictionary values are copies the caller must free.
            var label = NativeMethods.duckdb_enum_dictionary_value(logicalType, (ulong)i);
            try
            {
                labels[i] = Marshal.PtrToStringUTF8(label) ?? "";
            }
            finally
            {
                NativeMethods.duckdb_free(label);
            }
        }

        return labels;
    }
}
