using Assessment.Core.Reporting.Sections;
using System.Globalization;
using Assessment.Core.Geography;
using Assessment.Files.Lookups;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;

namespace Assessment.Cli.Stages;

/// <summary>
/// The area as asked and as matched: an LSOA-name prefix that is a district's name also matches the district's other
/// names (<see cref="DistrictNameHistory"/>), since LSOA names keep the name of their vintage. After the rows are
/// placed, <see cref="Check"/> stops a run whose area holds no row and says which other names were used.
/// </summary>
/// <param name="Asked">The area as configured.</param>
/// <param name="Area">The area matched: <paramref name="Asked"/> with the other names' prefixes added.</param>
/// <param name="OtherNames">Each added prefix with the district name it stands for and the asked prefix it widens.</param>
internal sealed record AreaMatch(AreaDefinition Asked, AreaDefinition Area, IReadOnlyList<(string Prefix, DistrictName Name, string AskedPrefix)> OtherNames)
{
    /// <summary>Rows, at most, listed as the prefixes that do occur when the area matches none.</summary>
    public const int PrefixesListed = 10;

    public static AreaMatch Widen(AreaDefinition asked, DistrictNameHistory history)
    {
        if (asked is not LsoaNamePrefixArea prefixArea) return new AreaMatch(asked, asked, []);
        var added = new List<(string, DistrictName, string)>();
        foreach (var prefix in prefixArea.Prefixes.Where(p => p.EndsWith(' ')))
        {
            foreach (var other in history.OtherNames(prefix.TrimEnd()))
            {
                var otherPrefix = other.Name + " ";
                if (!prefixArea.Prefixes.Contains(otherPrefix) && added.All(a => a.Item1 != otherPrefix)) added.Add((otherPrefix, other, prefix));
            }
        }
        return added.Count == 0 ? new AreaMatch(asked, asked, [])
            : new AreaMatch(asked, new LsoaNamePrefixArea(asked.Name, [.. prefixArea.Prefixes, .. added.Select(a => a.Item1)]), added);
    }

    /// <summary>
    /// After <see cref="AreaScope.Apply"/> with <see cref="Area"/>: the notes to print and report for other names that
    /// matched rows.
    /// </summary>
    /// <exception cref="AreaMatchException">No row is in the area; the message lists the LSOA-name prefixes that occur.</exception>
    public IReadOnlyList<string> Check(AssessmentStore store)
    {
        if (AreaScope.RowsInArea(store) == 0) throw new AreaMatchException(NoRowsMessage(AreaScope.LsoaNamePrefixes(store)));
        var notes = new List<string>();
        foreach (var (prefix, name, askedPrefix) in OtherNames)
        {
            var rows = AreaScope.RowsWithLsoaNamePrefix(store, prefix);
            if (rows == 0) continue;
            var relation = name.Name == name.CurrentName
                ? $"the current name of {askedPrefix.TrimEnd()}"
                : $"a former name of {name.CurrentName}";
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"LSOA names in the data use \"{name.Name}\", {relation} (district {name.Code}): its {rows:N0} rows with LSOA names starting \"{prefix}\" are counted in {Asked.Name} as well as those starting \"{askedPrefix}\"."));
        }
        return notes;
    }

    private string NoRowsMessage(IReadOnlyList<(string Prefix, long Rows)> present)
    {
        var head = $"No loaded row is in the area {Asked.Name} ({AreaDefinitionWording.Describe(Area)}), so there is nothing to analyse.";
        if (present.Count == 0) return $"{head} The loaded rows hold no LSOA names.";
        var rows = present.ToDictionary(p => p.Prefix, p => p.Rows, StringComparer.Ordinal);
        // With several prefixes asked, a prefix ranks by its place in the list of the asked prefix it is nearest to.
        var ordered = Asked is LsoaNamePrefixArea prefixes
            ? prefixes.Prefixes.SelectMany(asked => NameMatch.Closest(asked, rows.Keys, present.Count).Select((p, rank) => (p, rank)))
                .GroupBy(x => x.p).OrderBy(g => g.Min(x => x.rank)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList()
            : present.Select(p => p.Prefix).ToList();
        var listed = ordered.Take(PrefixesListed).Select(p => string.Create(CultureInfo.InvariantCulture, $"\"{p}\" ({rows[p]:N0} rows)"));
        var order = Asked is LsoaNamePrefixArea ? "nearest to the prefix asked first" : "most rows first";
        var more = present.Count > PrefixesListed ? $", and {present.Count - PrefixesListed:N0} more" : "";
        return $"{head} LSOA names in the loaded data start with ({order}): {string.Join(", ", listed)}{more}.";
    }
}
