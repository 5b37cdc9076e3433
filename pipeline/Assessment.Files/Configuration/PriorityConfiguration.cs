using Assessment.Core.Model;
using Assessment.Core.Reporting;
using YamlDotNet.RepresentationModel;

namespace Assessment.Files.Configuration;

/// <summary>Checks the <c>priorities:</c> list of a configuration and turns it into <see cref="PriorityTheme"/>s.</summary>
internal static class PriorityConfiguration
{
    /// <summary>The priorities in the file's order; empty when the key is absent.</summary>
    /// <param name="file">The parsed file.</param>
    /// <param name="yaml">The file's text, to name the line of a bad entry.</param>
    /// <param name="source">The file's path, for messages.</param>
    /// <exception cref="ConfigurationException">The old <c>themes:</c> key is used; the list is empty; an entry lacks an id or
    /// name; an id is not a slug; an id or name is repeated; a crime type is blank or not one of the 14 police.uk
    /// categories (its line named and the categories listed).</exception>
    public static IReadOnlyList<PriorityTheme> Resolve(AssessmentConfigFile file, string yaml, string source)
    {
        if (file.Themes is not null)
            throw new ConfigurationException($"{source}: themes: is no longer read; list the partnership's priorities under priorities: instead, each with id, name and crime_types (see the README, \u201cConfiguration\u201d).");
        if (file.Priorities is not { } entries) return [];
        if (entries.Count == 0) throw new ConfigurationException($"{source}: priorities: is empty; list at least one priority, or remove the key.");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var resolved = new List<PriorityTheme>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? new PrioritySection();
            string Where() => $"{source}, line {Line(yaml, i, null)}: priority {i + 1}";
            var id = entry.Id?.Trim() ?? throw new ConfigurationException($"{Where()} has no id (a slug such as night-time-economy).");
            if (!ReportIds.IsValid(id))
                throw new ConfigurationException($"{Where()} has the id \"{id}\"; an id is lower-case letters, digits and single hyphens, starting with a letter (e.g. night-time-economy).");
            var name = entry.Name?.Trim() is { Length: > 0 } n ? n : throw new ConfigurationException($"{Where()} (\"{id}\") has no name.");
            if (!ids.Add(id)) throw new ConfigurationException($"{Where()}: the id \"{id}\" is used by an earlier priority.");
            if (!names.Add(name)) throw new ConfigurationException($"{Where()}: the name \"{name}\" is used by an earlier priority.");

            var types = new List<string>();
            var listed = entry.CrimeTypes ?? [];
            for (var j = 0; j < listed.Count; j++)
            {
                var type = listed[j]?.Trim() ?? "";
                if (!PoliceUkCrimeTypes.IsKnown(type))
                    throw new ConfigurationException($"{source}, line {Line(yaml, i, j)}: priority \"{id}\" lists the crime type \"{type}\", which is not a police.uk category. " +
                        $"The {PoliceUkCrimeTypes.All.Count} categories are: {string.Join(", ", PoliceUkCrimeTypes.All)}.");
                if (!types.Contains(type, StringComparer.Ordinal)) types.Add(type);
            }

            var commitments = (entry.Commitments ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).ToList();
            resolved.Add(new PriorityTheme(id, name, entry.Description?.Trim() ?? "", commitments, types, entry.Source?.Trim() is { Length: > 0 } s ? s : null));
        }

        return resolved;
    }

    /// <summary>The 1-based line of priority <paramref name="priority"/>, or of its crime type <paramref name="crimeType"/>; 0 when it can't be found.</summary>
    private static long Line(string yaml, int priority, int? crimeType)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return 0;
        if (!root.Children.TryGetValue(new YamlScalarNode("priorities"), out var list) || list is not YamlSequenceNode sequence || priority >= sequence.Children.Count) return 0;
        var node = sequence.Children[priority];
        if (crimeType is { } j && node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("crime_types"), out var types)
            && types is YamlSequenceNode typeList && j < typeList.Children.Count)
            node = typeList.Children[j];
        return node.Start.Line;
    }
}
