namespace Assessment.Core.Partners;

/// <summary>
/// A closed list of allowed values with the other spellings each is known by. Text matches a value when it equals the
/// value or one of its aliases once case, hyphens, underscores, ampersands and repeated spaces are ignored, so
/// "Fly tipping", "FLY-TIPPING" and "flytipping" (an alias) are all "Fly-tipping".
/// </summary>
/// <param name="What">What the values are, for messages (e.g. "category").</param>
/// <param name="Entries">Each allowed value (as reported) with its aliases.</param>
public sealed record Vocabulary(string What, IReadOnlyList<(string Value, IReadOnlyList<string> Aliases)> Entries)
{
    /// <summary>The allowed values, in the order given.</summary>
    public IReadOnlyList<string> Values => [.. Entries.Select(e => e.Value)];

    /// <summary>The allowed value <paramref name="text"/> stands for, or null when it matches none.</summary>
    public string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Key(text);
        foreach (var (value, aliases) in Entries)
        {
            if (Key(value) == key || aliases.Any(a => Key(a) == key)) return value;
        }
        return null;
    }

    /// <summary>
    /// As <see cref="Resolve"/>, else the one value whose name or alias <paramref name="text"/> contains as whole words
    /// ("Canterbury City Council" → "Council", "Kent Police" → "Police"); null when none or several are named.
    /// </summary>
    public string? ResolveNamed(string? text)
    {
        if (Resolve(text) is { } exact) return exact;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var named = Values.Where(v => IsNamedIn(v, text)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The value and its aliases, for finding the value named in free text (e.g. an action-plan line).</summary>
    public IReadOnlyList<string> Terms(string value) =>
        Entries.Where(e => e.Value == value).SelectMany(e => e.Aliases.Prepend(e.Value)).ToList();

    /// <summary>True when <paramref name="text"/> names <paramref name="value"/> (or an alias) as whole words, ignoring case and hyphens.</summary>
    public bool IsNamedIn(string value, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padded = $" {Key(text)} ";
        return Terms(value).Any(t => padded.Contains($" {Key(t)} ", StringComparison.Ordinal)
            || padded.Contains($" {Key(t)}s ", StringComparison.Ordinal));
    }

    /// <summary>The allowed values as a list for an error message: "noise, graffiti, …".</summary>
    public string Listed => string.Join(", ", Values);

    private static string Key(string text)
    {
        // Published text carries no-break spaces ("Tackle\u00a0graffiti" in the sample plan) as well as punctuation.
        var spaced = new string([.. text.ToLowerInvariant().Select(c => char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '&' or ',' or '.' or '\'' or '’' ? ' ' : c)]);
        return string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
