namespace Assessment.Core.Geography;

/// <summary>
/// Rows whose LSOA name starts with a prefix such as "Canterbury " (LSOA names are "&lt;District&gt; NNNX").
/// The trailing space matters: it keeps "Canterbury" from matching a hypothetical "Canterbury North".
/// </summary>
public sealed record LsoaNamePrefixArea : AreaDefinition
{
    /// <summary>An area made of the LSOAs whose names start with <paramref name="prefix"/>.</summary>
    /// <param name="name">The area's name, e.g. "Canterbury".</param>
    /// <param name="prefix">The LSOA name prefix, case-sensitive, usually with its trailing space, e.g. "Canterbury ".</param>
    /// <exception cref="ArgumentException">The prefix is empty.</exception>
    public LsoaNamePrefixArea(string name, string prefix) : base(name)
    {
        if (string.IsNullOrEmpty(prefix)) throw new ArgumentException("The LSOA name prefix must not be empty.", nameof(prefix));
        Prefix = prefix;
    }

    /// <summary>The LSOA name prefix, e.g. "Canterbury ".</summary>
    public string Prefix { get; }
}
