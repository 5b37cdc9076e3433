using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assessment.Core.Charts;
using Assessment.Core.Disclosure;

namespace Assessment.Files.Output;

/// <summary>
/// Scans a finished output folder for small counts that a public edition must not show: every CSV, every HTML file
/// and every JSON file under it. What counts as a count:
/// <list type="bullet">
/// <item>HTML: a table cell marked <c>data-count</c> (count columns, see <c>TableColumn.Count</c>) and a number in
/// <c>&lt;span class="count"&gt;</c> (counts in running text); a count column with exactly one withheld cell ("[c]")
/// and a visible total in the table's footer gives that cell away, and is reported as derived.</item>
/// <item>CSV: a column named <c>count</c> or <c>*_count</c>, and, for <c>tables/&lt;id&gt;.csv</c>, the columns that
/// the HTML table of the same id marks as counts; the same derivation is checked against the last row when the
/// HTML table has a footer.</item>
/// <item>JSON: a number under a property named <c>count</c> or <c>*_count</c>, or (in a Vega-Lite spec) a field
/// declared in <c>usermeta.counts</c>.</item>
/// </list>
/// A count from 1 to threshold − 1 is a finding; zero is allowed (see <see cref="DisclosurePolicy"/>).
/// </summary>
public static partial class PublicOutputScan
{
    /// <summary>Every small count that <paramref name="folder"/> shows or gives away, file by file in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static IReadOnlyList<DisclosureFinding> Scan(string folder, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"The output folder {folder} does not exist.");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var findings = new List<DisclosureFinding>();
        var htmlCountColumns = new Dictionary<string, HtmlTable>(StringComparer.Ordinal);
        foreach (var path in files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
            findings.AddRange(ScanHtml(folder, path, policy, htmlCountColumns));
        foreach (var path in files.Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            findings.AddRange(ScanCsv(folder, path, policy, htmlCountColumns));
        foreach (var path in files.Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            findings.AddRange(ScanJson(folder, path, policy));
        return findings;
    }

    private sealed record HtmlTable(IReadOnlyList<int> CountColumns, bool HasFooter);

    private static IEnumerable<DisclosureFinding> ScanHtml(string folder, string path, DisclosurePolicy policy, Dictionary<string, HtmlTable> tables)
    {
        var name = Relative(folder, path);
        var html = File.ReadAllText(path);
        var lineStarts = LineStarts(html);
        var findings = new List<DisclosureFinding>();
        foreach (Match span in CountSpan().Matches(html))
            if (ParseCount(WebUtility.HtmlDecode(span.Groups["v"].Value)) is { } v && policy.IsSmall(v))
                findings.Add(new(name, $"line {Line(lineStarts, span.Index)} (count in the text)", v));

        foreach (Match table in TableElement().Matches(html))
        {
            var id = table.Groups["id"].Value;
            var body = table.Groups["body"].Value;
            var header = HeaderRow().Match(body);
            var countColumns = header.Success
                ? Cells().Matches(header.Value).Select((c, i) => (c, i)).Where(x => x.c.Groups["attrs"].Value.Contains("data-count", StringComparison.Ordinal)).Select(x => x.i).ToList()
                : [];
            var footer = Footer().Match(body);
            tables[id] = new HtmlTable(countColumns, footer.Success);
            var columnCells = new Dictionary<int, List<string>>();
            foreach (Match row in BodyRow().Matches(Body().Match(body).Value))
            {
                var cells = Cells().Matches(row.Value).ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    if (!cells[i].Groups["attrs"].Value.Contains("data-count", StringComparison.Ordinal)) continue;
                    var text = WebUtility.HtmlDecode(cells[i].Groups["text"].Value).Trim();
                    (columnCells.TryGetValue(i, out var list) ? list : columnCells[i] = []).Add(text);
                    if (ParseCount(text) is { } v && policy.IsSmall(v))
                        findings.Add(new(name, $"line {Line(lineStarts, table.Groups["body"].Index + row.Index + cells[i].Index)} (table {id}, column {i + 1})", v));
                }
            }

            if (!footer.Success) continue;
            var totals = Cells().Matches(footer.Value).ToList();
            foreach (var (column, cells) in columnCells)
            {
                if (column >= totals.Count || ParseCount(WebUtility.HtmlDecode(totals[column].Groups["text"].Value).Trim()) is not { } total) continue;
                if (Derivable(cells, total, policy) is { } derived)
                    findings.Add(new(name, $"line {Line(lineStarts, table.Groups["body"].Index + footer.Index)} (table {id}, column {column + 1}, from its total)", derived, Derived: true));
            }
        }

        return findings;
    }

    private static IEnumerable<DisclosureFinding> ScanCsv(string folder, string path, DisclosurePolicy policy, Dictionary<string, HtmlTable> tables)
    {
        var name = Relative(folder, path);
        var records = CsvRecords(File.ReadAllText(path)).ToList();
        if (records.Count == 0) yield break;
        var header = records[0].Fields;
        tables.TryGetValue(Path.GetFileNameWithoutExtension(path), out var table);
        var countColumns = Enumerable.Range(0, header.Count)
            .Where(j => ChartCounts.IsCountName(header[j]) || (table?.CountColumns.Contains(j) ?? false)).ToList();
        var body = records.Skip(1).ToList();
        foreach (var record in body)
            foreach (var j in countColumns)
                if (j < record.Fields.Count && ParseCount(record.Fields[j]) is { } v && policy.IsSmall(v))
                    yield return new(name, $"line {record.Line}, column {header[j]}", v);

        if (table is not { HasFooter: true } || body.Count < 2) yield break;
        var totalsRow = body[^1];
        foreach (var j in countColumns)
        {
            if (j >= totalsRow.Fields.Count || ParseCount(totalsRow.Fields[j]) is not { } total) continue;
            var cells = body.Take(body.Count - 1).Select(r => j < r.Fields.Count ? r.Fields[j] : "").ToList();
            if (Derivable(cells, total, policy) is { } derived)
                yield return new(name, $"line {totalsRow.Line}, column {header[j]} (from its total)", derived, Derived: true);
        }
    }

    private static IEnumerable<DisclosureFinding> ScanJson(string folder, string path, DisclosurePolicy policy)
    {
        var name = Relative(folder, path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new IOException($"{path} is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            var declared = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("usermeta", out var meta) && meta.ValueKind == JsonValueKind.Object
                && meta.TryGetProperty("counts", out var counts) && counts.ValueKind == JsonValueKind.Array
                ? counts.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            var findings = new List<DisclosureFinding>();
            Walk(document.RootElement, "$", null, declared, policy, name, findings);
            return findings;
        }
    }

    private static void Walk(JsonElement element, string where, string? property, HashSet<string> declared, DisclosurePolicy policy, string name, List<DisclosureFinding> findings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) Walk(p.Value, $"{where}.{p.Name}", p.Name, declared, policy, name, findings);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{where}[{i++}]", property, declared, policy, name, findings);
                break;
            case JsonValueKind.Number when property is not null && (ChartCounts.IsCountName(property) || declared.Contains(property))
                && !where.Contains(".encoding.", StringComparison.Ordinal) && element.TryGetDouble(out var v) && policy.IsSmall(v):
                findings.Add(new(name, where, (long)Math.Round(v)));
                break;
        }
    }

    /// <summary>The one withheld cell of a column whose total is visible, when that works out to a small count; null otherwise.</summary>
    private static long? Derivable(IReadOnlyList<string> cells, long total, DisclosurePolicy policy)
    {
        var hidden = cells.Count(c => ParseCount(c) is null && c.Length > 0);
        if (hidden != 1 || cells.Any(c => c.Length == 0)) return null;
        var derived = total - cells.Select(ParseCount).Sum(v => v ?? 0);
        return policy.IsSmall(derived) ? derived : null;
    }

    /// <summary>A whole number as the report or a CSV prints it ("1,234", "12", "12.0"); null for anything else ("[c]", "fewer than 5", "").</summary>
    private static long? ParseCount(string text)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal).Replace('\u2212', '-').Trim();
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v == Math.Round(v) ? (long)v : null;
    }

    private sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

    /// <summary>RFC 4180 records, each with the line it starts on.</summary>
    private static IEnumerable<CsvRecord> CsvRecords(string text)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }

            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(start, fields);
                    fields = [];
                    start = ++line;
                    break;
                default: field.Append(c); break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields);
        }
    }

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    private static int Line(List<int> starts, int index)
    {
        var found = starts.BinarySearch(index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    [GeneratedRegex("<span class=\"count\">(?<v>[^<]*)</span>")]
    private static partial Regex CountSpan();

    [GeneratedRegex("<table id=\"(?<id>[^\"]+)\"[^>]*>(?<body>.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex("<thead>.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex HeaderRow();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tfoot>.*?</tfoot>", RegexOptions.Singleline)]
    private static partial Regex Footer();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("<t[hd](?<attrs>[^>]*)>(?<text>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cells();
}
