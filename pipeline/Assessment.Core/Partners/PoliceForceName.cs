using System.Text.RegularExpressions;

namespace Assessment.Core.Partners;

/// <summary>
/// Police force names as tables spell them: " Kent 4" (footnote digit), "Avon &amp; Somerset", "London, City of",
/// "Kent Police". Cleaning and a match key let one force be found under any of them.
/// </summary>
public static partial class PoliceForceName
{
    /// <summary>
    /// The name trimmed, whitespace runs as one space, a trailing footnote number removed, and "London, City of" written
    /// "City of London": " Kent 4" → "Kent".
    /// </summary>
    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = Footnote().Replace(string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "");
        return text.Equals("London, City of", StringComparison.OrdinalIgnoreCase) ? "City of London" : text;
    }

    /// <summary>
    /// A key equal for every spelling of one force: cleaned, lower case, "&amp;" as "and", and the words "police",
    /// "constabulary" and "service" dropped ("Metropolitan Police Service" and "Metropolitan Police" → "metropolitan").
    /// </summary>
    public static string Key(string name)
    {
        var words = Clean(name).Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("police" or "constabulary" or "service"));
        return string.Join(' ', words);
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name the same force (<see cref="Key"/> equal).</summary>
    public static bool Same(string a, string b) => Key(a) == Key(b);

    [GeneratedRegex(@"(?<=\p{L})\s*\d+$")]
    private static partial Regex Footnote();
}
