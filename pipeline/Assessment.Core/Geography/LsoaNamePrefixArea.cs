namespace Assessment.Core.Geography;

/// <summary>
/// Rows whose LSOA name starts with any of one or more prefixes such as "Canterbury " (LSOA names are
/// "&lt;District&gt; NNNX"); a partnership that covers several districts has one prefix per district.
/// The trailing space matters: it keeps "Canterbury" from matching a hypothetical "Canterbury North".
/// </summary>
public sealed record LsoaNamePrefixArea : AreaDefinition
{
    /// <summary>An area of one district.</summary>
    /// <param name="name">The area's name for tables and the report.</param>
    /// <param name="prefix">Start of the area's LSOA names, case-sensitive, trailing space included, e.g. "Dover ".</param>
    /// <exception cref="ArgumentException">The name is blank or the prefix is empty.</exception>
    public LsoaNamePrefixArea(string name, string prefix) : this(name, [prefix])
    {
    }

    /// <summary>An area of one or more districts: a row is in it when its LSOA name starts with any of the prefixes.</summary>
    /// <param name="name">The area's name for tables and the report.</param>
    /// <param name="prefixes">Starts of the area's LSOA names, case-sensitive, each with its trailing space, e.g. ["Dartford ", "Gravesham "].</param>
    /// <exception cref="ArgumentException">The name is blank, the list is empty, or a prefix is empty.</exception>
    public LsoaNamePrefixArea(string name, IReadOnlyList<string> prefixes) : base(name)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        if (prefixes.Count == 0) throw new ArgumentException("The area needs at least one LSOA name prefix.", nameof(prefixes));
        if (prefixes.Any(string.IsNullOrEmpty)) throw new ArgumentException("The LSOA name prefix must not be empty.", nameof(prefixes));
        Prefixes = [.. prefixes.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The prefixes, distinct, in the order given (one or more).</summary>
    public IReadOnlyList<string> Prefixes { get; }
}
