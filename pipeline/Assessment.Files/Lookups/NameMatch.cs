namespace Assessment.Files.Lookups;

/// <summary>How typed names are compared with the lookups' names, and the closest names offered when none matches.</summary>
public static class NameMatch
{
    // The build runs with invariant globalization, where string.Normalize leaves accents in place; these are the
    // accented letters of Welsh and English place names.
    private const string Accented = "âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿç";
    private const string Plain = "aeiouwyaeiouwyaeiouwyaeiouwyc";

    /// <summary>
    /// Lower case, accents dropped, "&amp;" as "and", punctuation dropped, spaces collapsed: "Devon &amp; Cornwall" =
    /// "devon and cornwall", "Ynys Môn" = "ynys mon".
    /// </summary>
    public static string Normalise(string text)
    {
        var words = text.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal)
            .Select(c => Accented.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? Plain[i] : c)
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')
            .ToArray();
        return string.Join(' ', new string(words).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Up to <paramref name="count"/> candidates, names that contain the typed text (or are contained in it) first, then by edit distance.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates, int count = 5)
    {
        var target = Normalise(typed);
        return [.. candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Key: Normalise(c)))
            .OrderBy(c => target.Length > 0 && (c.Key.Contains(target, StringComparison.Ordinal) || target.Contains(c.Key, StringComparison.Ordinal)) ? 0 : 1)
            .ThenBy(c => Distance(target, c.Key))
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)];
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
