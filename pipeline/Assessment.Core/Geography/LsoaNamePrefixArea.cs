namespace Assessment.Core.Geography;

/// <summary>
/// Rows whose LSOA name starts with a prefix such as "Canterbury " (LSOA names are "&lt;District&gt; NNNX").
/// The trailing space matters: it keeps "Canterbury" from matching a hypothetical "Canterbury North".
/// </summary>
public sealed record LsoaNamePrefixArea : AreaDefinition
{
    public LsoaNamePrefixArea(string name, string prefix) : base(name)
    {
        if (string.IsNullOrEmpty(prefix)) throw new ArgumentException("The LSOA name prefix must not be empty.", nameof(prefix));
        Prefix = prefix;
    }

    public string Prefix { get; }

    public override string Describe() => $"LSOA name starts with \"{Prefix}\"";
}
