namespace Assessment.Storage.Ingest;

/// <summary>The police.uk street-level CSV layout (data.police.uk/about), checked before any row is read.</summary>
public static class PoliceUkStreetFormat
{
    /// <summary>The twelve columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude",
        "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context",
    ];

    /// <summary>Null when the header is right; otherwise a sentence saying what differs.</summary>
    public static string? CheckHeader(string header)
    {
        var found = header.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
        if (found.SequenceEqual(Columns, StringComparer.Ordinal)) return null;

        var missing = Columns.Except(found, StringComparer.Ordinal).ToArray();
        var unexpected = found.Except(Columns, StringComparer.Ordinal).ToArray();
        var detail = missing.Length == 0 && unexpected.Length == 0
            ? "the columns are in a different order"
            : string.Join("; ", new[]
            {
                missing.Length > 0 ? "missing " + string.Join(", ", missing.Select(Quote)) : null,
                unexpected.Length > 0 ? "unexpected " + string.Join(", ", unexpected.Select(Quote)) : null,
            }.Where(s => s is not null));
        return $"the header is not the police.uk street-level header ({detail}). Expected: {string.Join(",", Columns)}. Found: {Shorten(header)}";
    }

    private static string Quote(string column) => $"\"{column}\"";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
