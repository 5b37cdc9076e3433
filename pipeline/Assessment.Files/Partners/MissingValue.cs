namespace Assessment.Files.Partners;

/// <summary>
/// The markers official statistics use for a value that is suppressed or not available. They are read as missing,
/// never as zero: a zero would be a real count of nothing.
/// </summary>
internal static class MissingValue
{
    // ":" not available (DEFRA, Eurostat); "*" and "[c]" suppressed for confidentiality; "[x]" not applicable or
    // not available, "[z]" not applicable (ONS); ".." not available (ONS, Home Office).
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase) { ":", "*", "[c]", "[x]", "[z]", ".." };

    /// <summary>True when <paramref name="text"/> is blank or one of the markers (after trimming).</summary>
    public static bool Is(string? text) => string.IsNullOrWhiteSpace(text) || Markers.Contains(text.Trim());
}
