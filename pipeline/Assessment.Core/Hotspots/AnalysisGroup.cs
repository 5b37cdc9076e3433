namespace Assessment.Core.Hotspots;

/// <summary>
/// A set of police.uk crime types analysed together, e.g. a priority theme ("Night-time economy and violence" =
/// violence and sexual offences + public order), or every type ("All crime and ASB").
/// </summary>
public sealed record AnalysisGroup
{
    /// <summary>Name of the group that covers every crime type.</summary>
    public const string AllCrimeName = "All crime and ASB";

    /// <param name="name">Shown in tables and the report; must contain a letter or digit.</param>
    /// <param name="crimeTypes">police.uk crime types (exact, case-sensitive), at least one; null for every type.</param>
    public AnalysisGroup(string name, IEnumerable<string>? crimeTypes)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.Any(char.IsLetterOrDigit))
            throw new ArgumentException("An analysis group needs a name with at least one letter or digit.", nameof(name));
        Name = name.Trim();
        if (crimeTypes is not null)
        {
            var types = crimeTypes.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToHashSet(StringComparer.Ordinal);
            if (types.Count == 0) throw new ArgumentException($"The analysis group \"{Name}\" lists no crime types; pass null for every type.", nameof(crimeTypes));
            CrimeTypes = types;
        }
    }

    /// <summary>Every crime type, named <see cref="AllCrimeName"/>.</summary>
    public static AnalysisGroup AllCrime { get; } = new(AllCrimeName, null);

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The group's stable key in the output tables (the <c>theme</c> column): the priority's id for a theme; the name unless set.</summary>
    public string Key { get => key ?? Name; init => key = value; }

    private readonly string? key;

    /// <summary>The crime types included, or null for every type.</summary>
    public IReadOnlySet<string>? CrimeTypes { get; }

    /// <summary>True when the group covers every crime type.</summary>
    public bool IsAllCrime => CrimeTypes is null;

    /// <summary>True when records of <paramref name="crimeType"/> belong to the group.</summary>
    public bool Includes(string crimeType) => CrimeTypes is null || CrimeTypes.Contains(crimeType);

    /// <summary>
    /// What the group's records are called in sentences: "ASB incidents" when it holds only anti-social behaviour,
    /// "crimes and ASB incidents" when it may hold both, otherwise "crimes".
    /// </summary>
    public string RecordNoun => CrimeTypes is null ? "crimes and ASB incidents"
        : CrimeTypes.All(t => t == AntiSocialBehaviour) ? "ASB incidents"
        : CrimeTypes.Contains(AntiSocialBehaviour) ? "crimes and ASB incidents"
        : "crimes";

    private const string AntiSocialBehaviour = "Anti-social behaviour";

    /// <summary>The name, with the crime types in brackets for a group that is not all crime, e.g. "Violence (Public order, Violence and sexual offences)".</summary>
    public override string ToString() => CrimeTypes is null ? Name : $"{Name} ({string.Join(", ", CrimeTypes.Order(StringComparer.Ordinal))})";
}
