namespace Assessment.Core.Model;

/// <summary>The crime types police.uk street-level files use in their "Crime type" column.</summary>
public static class PoliceUkCrimeTypes
{
    /// <summary>The 14 categories, alphabetically, spelt as police.uk spells them (data.police.uk, "About the data").</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs", "Other crime", "Other theft",
        "Possession of weapons", "Public order", "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences",
    ];

    /// <summary>True when <paramref name="name"/> is one of <see cref="All"/>, spelt exactly.</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
