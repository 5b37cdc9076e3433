namespace Assessment.Files.Output;

/// <summary>A small count that a finished output folder shows or lets a reader work out.</summary>
/// <param name="File">The file, relative to the folder scanned (e.g. "tables/overview-by-type.csv").</param>
/// <param name="Location">Where in the file: "line 4, column current", "line 120 (table overview-by-type, column 2)", "$.themes[0].count".</param>
/// <param name="Value">The count (for a derived one, the value worked out).</param>
/// <param name="Derived">True when the count is not printed but follows from a visible total and the other visible cells.</param>
public sealed record DisclosureFinding(string File, string Location, long Value, bool Derived = false)
{
    /// <summary>One line for the console: "tables/x.csv line 4, column current: 3 (derived from the total)".</summary>
    public override string ToString() => $"{File} {Location}: {Value}{(Derived ? " (worked out from a total and the visible cells)" : "")}";
}
