namespace Assessment.Core.Partners;

/// <summary>Names of <see cref="SubstanceGroup"/> as files and the report write them.</summary>
public static class SubstanceGroupNames
{
    private static readonly Dictionary<string, SubstanceGroup> Aliases = new Dictionary<string, SubstanceGroup>
    {
        ["opiate"] = SubstanceGroup.Opiate,
        ["opiates"] = SubstanceGroup.Opiate,
        ["non-opiate"] = SubstanceGroup.NonOpiate,
        ["non-opiate only"] = SubstanceGroup.NonOpiate,
        ["non-opiates"] = SubstanceGroup.NonOpiate,
        ["alcohol"] = SubstanceGroup.Alcohol,
        ["alcohol only"] = SubstanceGroup.Alcohol,
        ["non-opiate and alcohol"] = SubstanceGroup.NonOpiateAndAlcohol,
        ["alcohol and non-opiate"] = SubstanceGroup.NonOpiateAndAlcohol,
    }.ToDictionary(a => Normalise(a.Key), a => a.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The file spelling: "opiate", "non-opiate", "alcohol" or "non-opiate and alcohol".</summary>
    public static string ToCode(this SubstanceGroup group) => group switch
    {
        SubstanceGroup.Opiate => "opiate",
        SubstanceGroup.NonOpiate => "non-opiate",
        SubstanceGroup.Alcohol => "alcohol",
        _ => "non-opiate and alcohol",
    };

    /// <summary>The report's label, e.g. "Non-opiate and alcohol".</summary>
    public static string ToLabel(this SubstanceGroup group) => group switch
    {
        SubstanceGroup.Opiate => "Opiate",
        SubstanceGroup.NonOpiate => "Non-opiate only",
        SubstanceGroup.Alcohol => "Alcohol only",
        _ => "Non-opiate and alcohol",
    };

    /// <summary>
    /// Reads a group as files spell it: the codes of <see cref="ToCode"/> or NDTMS's labels ("Non-opiate only",
    /// "Alcohol only"), ignoring case and treating underscores and runs of spaces as one space.
    /// </summary>
    /// <returns>False for anything else (e.g. "cannabis", "total").</returns>
    public static bool TryParse(string text, out SubstanceGroup group) => Aliases.TryGetValue(Normalise(text ?? ""), out group);

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('_', ' ').Replace('-', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
