namespace Assessment.Core.Geography;

/// <summary>Rows whose LSOA code is in an explicit list (e.g. the LSOAs of a district from the ONS lookup).</summary>
public sealed record LsoaCodeListArea : AreaDefinition
{
    /// <summary>An area made of the LSOAs listed.</summary>
    /// <param name="name">The area's name, e.g. "Canterbury".</param>
    /// <param name="codes">LSOA codes, e.g. "E01024042"; trimmed, blanks and repeats dropped.</param>
    /// <exception cref="ArgumentException">No code is left.</exception>
    public LsoaCodeListArea(string name, IEnumerable<string> codes) : base(name)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Codes = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (Codes.Count == 0) throw new ArgumentException("The LSOA code list is empty.", nameof(codes));
    }

    /// <summary>Distinct codes, sorted.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The census vintage of the codes, when told by a 2011↔2021 lookup (<see cref="LsoaVintageLookup.Detect"/>); otherwise <see cref="LsoaVintage.Undetermined"/>.</summary>
    public LsoaVintage Vintage { get; init; }
}
