using Assessment.Files.Configuration;
using CsvHelper;

namespace Assessment.Files.Trends;

/// <summary>
/// Reads a small user-supplied CSV extract (population, harm weights) through CsvHelper: a header row, then records;
/// RFC 4180 quoting (commas and line breaks inside quotes), CRLF or LF, a UTF-8 byte-order mark. Columns are found by
/// name, ignoring case, spaces, underscores and hyphens ("LSOA 2021 Code" = "lsoa_2021_code"). Blank lines are
/// skipped. Every error names the file, the line where the record starts and, for a bad value, the column.
/// </summary>
internal sealed class CsvExtract : IDisposable
{
    private readonly CsvReader reader;

    private CsvExtract(string path, CsvReader reader, IReadOnlyList<string> header)
    {
        Path = path;
        this.reader = reader;
        Header = header;
    }

    /// <summary>The file, as given.</summary>
    public string Path { get; }

    /// <summary>The column names as the file has them, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The 1-based line where the current record starts.</summary>
    public long Line => reader.LineNumber;

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="ConfigurationException">The file is missing, empty, or its header is malformed (file and line named).</exception>
    public static CsvExtract Open(string path, string description)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"{description} not found: {path}");
        return Start(path, CsvReader.FromFile(path, Options()));
    }

    /// <summary>Reads CSV held in memory (a table shipped inside the assembly) as if it were the file <paramref name="name"/>.</summary>
    /// <param name="name">Stands for the file in messages, e.g. "default-harm-weights.csv".</param>
    /// <param name="text">The whole CSV, header first.</param>
    /// <exception cref="ConfigurationException">The text is empty or its header is malformed (name and line given).</exception>
    public static CsvExtract FromText(string name, string text) => Start(name, CsvReader.FromText(text, Options()));

    /// <summary>
    /// The one set of reading options for input CSV: quoted line breaks allowed, line numbers tracked for messages,
    /// malformed data refused, invariant numbers. <paramref name="hasHeader"/> false reads every line as data (and
    /// keeps empty lines, so row numbers match the file) for tables whose header is found by its names.
    /// </summary>
    internal static CsvReaderOptions Options(bool hasHeader = true) => new()
    {
        HasHeader = hasHeader,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = hasHeader,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
    };

    private static CsvExtract Start(string path, CsvReader reader)
    {
        try
        {
            var header = Guard(path, () => reader.Headers).Select(h => h.Trim()).ToList();
            if (header.Count == 0 || header.All(h => h.Length == 0)) throw new ConfigurationException($"{path}: the file is empty; it needs a header row.");
            return new CsvExtract(path, reader, header);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Index of the first column named one of <paramref name="names"/> (ignoring case, spaces, underscores and hyphens), or −1.</summary>
    public int Column(params string[] names)
    {
        var wanted = names.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
            if (wanted.Contains(Normalise(Header[i]))) return i;
        return -1;
    }

    /// <summary>Moves to the next record that has any non-blank field; false at the end of the file.</summary>
    /// <exception cref="ConfigurationException">The CSV is malformed (e.g. a quote never closed): file and line named.</exception>
    public bool Read()
    {
        while (Guard(Path, reader.Read))
        {
            for (var i = 0; i < reader.FieldCount; i++)
                if (!string.IsNullOrWhiteSpace(reader.GetString(i))) return true;
        }

        return false;
    }

    /// <summary>The trimmed field of the current record in column <paramref name="column"/>; "" when the record is shorter.</summary>
    public string Field(int column) => column < reader.FieldCount ? reader.GetString(column).Trim() : "";

    /// <summary>An error about one value of the current record: "&lt;file&gt;, line N, column C (name): …".</summary>
    public ConfigurationException Error(int column, string message) => new($"{Path}, line {Line}, column {column + 1} ({Header[column]}): {message}");

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    /// <summary>A column name as compared: lower case, without spaces, underscores or hyphens.</summary>
    internal static string Normalise(string name) =>
        new([.. name.Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-').Select(char.ToLowerInvariant)]);

    private static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? $", line {e.LineNumber}" : "";
            throw new ConfigurationException($"{path}{line}: {Reason(e.Message)}");
        }
    }

    /// <summary>CsvHelper's message without its own record/line/offset prefix, which the file-and-line prefix replaces.</summary>
    private static string Reason(string message)
    {
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        var text = colon >= 0 ? message[(colon + 3)..] : message;
        var offset = text.IndexOf(" (byte offset", StringComparison.Ordinal);
        return offset >= 0 ? text[..offset] + "." : text;
    }
}
