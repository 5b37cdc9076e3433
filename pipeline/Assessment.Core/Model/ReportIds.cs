namespace Assessment.Core.Model;

/// <summary>The rule for ids of sections, charts and tables: they become HTML ids, PDF destinations and file names.</summary>
public static class ReportIds
{
    /// <summary>True for a non-empty id of lower-case ASCII letters, digits and single hyphens that starts with a letter.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 80 || id[0] is < 'a' or > 'z' || id[^1] == '-') return false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && id[i - 1] != '-');
            if (!ok) return false;
        }

        return true;
    }

    /// <summary>Makes a valid id from free text, e.g. "Night-time economy &amp; violence" → "night-time-economy-violence".</summary>
    /// <param name="text">Any text; must contain at least one letter or digit.</param>
    /// <param name="prefix">Put before the slug, e.g. "priority".</param>
    public static string FromText(string text, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new List<char>();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') chars.Add(c);
            else if (chars.Count > 0 && chars[^1] != '-') chars.Add('-');
        }

        var slug = new string(chars.ToArray()).Trim('-');
        if (slug.Length == 0) throw new ArgumentException($"'{text}' has no letters or digits to make an id from.", nameof(text));
        var id = prefix is null ? slug : $"{prefix}-{slug}";
        if (id[0] is < 'a' or > 'z') id = "x-" + id;
        return id.Length > 80 ? id[..80].TrimEnd('-') : id;
    }
}
