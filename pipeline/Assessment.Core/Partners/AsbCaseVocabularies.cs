namespace Assessment.Core.Partners;

/// <summary>
/// The allowed categories, agencies and statuses of a council ASB case log (docs/data-formats.md, "Council ASB case
/// log"). Councils name categories differently; the aliases are the common other names, and a value outside the list
/// is refused with the list, so a new category is added here deliberately rather than counted under a typo.
/// </summary>
public static class AsbCaseVocabularies
{
    /// <summary>Case categories. "Fly-tipping" also answers to "waste crime", so a plan's waste-crime action links to it.</summary>
    public static Vocabulary Categories { get; } = new("category",
    [
        ("Noise", ["noise nuisance", "loud music", "noisy neighbours"]),
        ("Neighbour dispute", ["neighbour nuisance", "neighbour disputes", "neighbour"]),
        ("Rowdy behaviour", ["rowdy and inconsiderate behaviour", "youth nuisance", "nuisance behaviour", "rowdy"]),
        ("Fly-tipping", ["flytipping", "illegal dumping", "waste crime", "dumped rubbish"]),
        ("Graffiti", ["tagging"]),
        ("Street drinking", ["drinking in public", "alcohol related"]),
        ("Vehicle nuisance", ["nuisance vehicle", "abandoned vehicle", "nuisance parking", "off road bikes"]),
        ("Drug-related", ["drugs", "drug use", "drug dealing"]),
        ("Begging", ["aggressive begging"]),
        ("Dog-related", ["dog fouling", "dog nuisance", "dangerous dog"]),
        ("Littering", ["litter"]),
        ("Other", ["miscellaneous"]),
    ]);

    /// <summary>Agencies holding the case. A named body ("Canterbury City Council", "Kent Police") is matched through <see cref="Vocabulary.ResolveNamed"/>.</summary>
    public static Vocabulary Agencies { get; } = new("agency",
    [
        ("Council", ["local authority", "city council", "district council", "borough council"]),
        ("Housing association", ["housing provider", "registered provider", "social landlord", "housing"]),
        ("Police", ["police force", "constabulary"]),
        ("Fire and rescue", ["fire service", "fire"]),
        ("Other", ["partner", "other agency"]),
    ]);

    /// <summary>Case statuses: open (anything still being worked) or closed.</summary>
    public static Vocabulary Statuses { get; } = new("status",
    [
        ("Open", ["new", "in progress", "ongoing", "pending", "under investigation", "referred"]),
        ("Closed", ["resolved", "completed", "complete", "no further action", "nfa", "withdrawn"]),
    ]);
}
