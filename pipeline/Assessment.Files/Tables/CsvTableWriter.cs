using System.Globalization;
using Assessment.Files.Output;
using CsvHelper;

namespace Assessment.Files.Tables;

/// <summary>
/// The one CSV format the run writes, through CsvHelper: RFC 4180 quoting (a field is quoted only when it holds a
/// comma, quote, CR or LF), LF line ends, UTF-8 without a byte-order mark, invariant culture. Numbers are written
/// plain, in the shortest form that reads back to the same value (<c>0.30000000000000004</c>, <c>1E-12</c>,
/// <c>-56</c>); a number that does not exist (NaN, ±infinity) or a null is an empty field. A text field that begins
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR, which a spreadsheet would run as a formula, gets a
/// single quote in front and is quoted (<c>"'=SUM(A1)"</c>), as OWASP advises; numbers are never changed, so −5
/// stays a number.
/// Every file is written whole or not at all (<see cref="AtomicFile"/>).
/// </summary>
public static class CsvTableWriter
{
    /// <summary>The line ending of every CSV the run writes.</summary>
    public const string NewLine = "\n";

    /// <summary>The CsvHelper options behind every CSV the run writes.</summary>
    internal static CsvWriterOptions Options { get; } = new()
    {
        NewLine = NewLine,
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        TrueValue = "true",
        FalseValue = "false",
        ValidateFieldCount = true,
        WriteByteOrderMark = false,
    };

    /// <summary>
    /// Writes a table to <paramref name="path"/> (its folder created if needed), replacing the old file only once the
    /// new one is complete.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="header">Column names, written as the first record.</param>
    /// <param name="rows">One value per column: <see cref="string"/> (text), <see cref="double"/>, <see cref="decimal"/>, <see cref="int"/>, <see cref="long"/> (numbers), <see cref="bool"/> (<c>true</c>/<c>false</c>),
    /// or null (empty).</param>
    /// <exception cref="ArgumentException">A row has a different number of values than the header, or a value of
    /// another type; the old file is kept.</exception>
    /// <exception cref="IOException">The file could not be written (see <see cref="AtomicFile.Write"/>); the old file is kept.</exception>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        AtomicFile.Write(path, stream =>
        {
            using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            foreach (var name in header) csv.WriteField(name);
            csv.EndRecord();
            foreach (var row in rows)
            {
                if (row.Count != header.Count)
                    throw new ArgumentException($"A row for {Path.GetFileName(path)} has {row.Count} values; the header has {header.Count}.", nameof(rows));
                foreach (var value in row) WriteValue(csv, value, path);
                csv.EndRecord();
            }
        });
    }

    /// <summary>Writes one field: a number plain (non-finite as empty), text with formula characters made inert.</summary>
    private static void WriteValue(CsvWriter csv, object? value, string path)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case double d:
                WriteNumber(csv, d);
                break;
            case int i:
                csv.WriteField(i, default);
                break;
            case long l:
                csv.WriteField(l, default);
                break;
            case decimal m:
                csv.WriteField(m, default);
                break;
            case bool b:
                csv.WriteField(b);
                break;
            default:
                throw new ArgumentException($"A value for {Path.GetFileName(path)} is a {value.GetType().Name}; tables take text, numbers, true/false or nothing.", nameof(value));
        }
    }

    /// <summary>A finite number in its shortest round-trip form; NaN and ±infinity as an empty field.</summary>
    private static void WriteNumber(CsvWriter csv, double value)
    {
        if (double.IsFinite(value)) csv.WriteField(value, default);
        else csv.WriteField((string?)null);
    }
}
