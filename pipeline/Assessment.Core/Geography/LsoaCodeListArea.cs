namespace Assessment.Core.Geography;

/// <summary>Rows whose LSOA code is in an explicit list (e.g. the LSOAs of a district from the ONS lookup).</summary>
public sealed record LsoaCodeListArea : AreaDefinition
{
    public LsoaCodeListArea(string name, IEnumerable<string> codes) : base(name)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Codes = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (Codes.Count == 0) throw new ArgumentException("The LSOA code list is empty.", nameof(codes));
    }

    /// <summary>Distinct codes, sorted.</summary>
    public IReadOnlyList<string> Codes { get; }

    public override string Describe() => $"LSOA code in a list of {Codes.Count:N0} codes";
}
