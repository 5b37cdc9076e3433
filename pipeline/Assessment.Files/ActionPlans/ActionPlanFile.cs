using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Files.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assessment.Files.ActionPlans;

/// <summary>
/// Reads an action plan (YAML: priorities, each with actions; per action an optional id, lead, partners, timescale and
/// measures, each measure bound to a metric of <see cref="MetricCatalogue"/> or carrying a status reported by its
/// lead). Fields a plan doesn't state are left empty, never invented. Every measure is checked here, so a typo fails
/// before any data is loaded, naming the file, line and column and listing the values allowed.
/// </summary>
public static class ActionPlanFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Reads the plan at <paramref name="path"/>: one item per action, in the file's order, with its priority.</summary>
    /// <exception cref="ConfigurationException">The file is missing, is not valid YAML (line and column named), a priority
    /// has no name, an action has no text, two actions share an id, a status is not red, amber, green, complete or
    /// not_started, a measure names an unknown metric, crime type or ASB category (the valid ones listed), a filter its
    /// metric does not take, a direction other than reduce or increase, a baseline other than "comparison", or both a
    /// metric and a status; or there are no actions. Measure errors name the line and column.</exception>
    public static ActionPlan Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Action plan not found: {path}");
        var text = File.ReadAllText(path);
        ActionPlanDocument document;
        var yaml = new YamlStream();
        try
        {
            document = Deserializer.Deserialize<ActionPlanDocument?>(text) ?? new ActionPlanDocument();
            yaml.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException($"{path}, line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var items = new List<ActionPlanItem>();
        var priorities = document.Priorities ?? [];
        for (var p = 0; p < priorities.Count; p++)
        {
            var priority = priorities[p];
            if (string.IsNullOrWhiteSpace(priority.Name)) throw new ConfigurationException($"{path}: a priority has no name.");
            var actions = priority.Actions ?? [];
            for (var a = 0; a < actions.Count; a++)
            {
                var action = actions[a];
                if (string.IsNullOrWhiteSpace(action.Action)) throw new ConfigurationException($"{path}: an action under \"{priority.Name}\" has no text.");
                var status = Status(action.Status, $"{path}, {Where(yaml, [p, a], "status")}");
                var measures = new List<PlanMeasure>();
                if (!string.IsNullOrWhiteSpace(action.Measure)) measures.Add(new PlanMeasure(action.Measure, null, status, null));
                var entries = action.Measures ?? [];
                for (var m = 0; m < entries.Count; m++) measures.Add(Measure(entries[m], path, yaml, [p, a, m]));
                items.Add(new ActionPlanItem(priority.Name, action.Action, action.Lead?.Trim() ?? "", action.Timescale?.Trim() ?? "",
                    string.Join("; ", measures.Select(x => x.Text)), status)
                {
                    Id = action.Id?.Trim() is { Length: > 0 } id ? id : $"{ReportIds.FromText(priority.Id ?? priority.Name)}-{a + 1}",
                    PriorityId = string.IsNullOrWhiteSpace(priority.Id) ? null : priority.Id.Trim(),
                    Partners = [.. (action.Partners ?? []).Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim())],
                    Measures = measures,
                });
            }
        }
        if (items.Count == 0) throw new ConfigurationException($"{path}: no actions found (expected priorities: - name: … actions: - action: …).");
        var duplicate = items.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ConfigurationException($"{path}: the action id \"{duplicate.Key}\" is used by {duplicate.Count()} actions; ids must be unique.");
        return new ActionPlan(document.Source, items) { ExampleValues = document.ExampleValues, Path = path };
    }

    /// <summary>
    /// Checks the names a plan's measures use against the run's: each <c>theme:</c> must be a configured priority id and,
    /// when a ward boundary file is given, each ward a ward of it (without one, ward measures are reported as not assessed).
    /// </summary>
    /// <param name="plan">The plan read by <see cref="Read"/>.</param>
    /// <param name="priorityIds">The configured priority ids.</param>
    /// <param name="wardNames">The wards of the area's boundary file; null when none is configured.</param>
    /// <exception cref="ConfigurationException">A theme or ward is unknown; the message names the measure's line and column and lists the valid values.</exception>
    public static void CheckNames(ActionPlan plan, IReadOnlyCollection<string> priorityIds, IReadOnlyCollection<string>? wardNames)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(priorityIds);
        foreach (var binding in plan.Items.SelectMany(i => i.Measures).Select(m => m.Binding).OfType<MeasureBinding>())
        {
            if (binding.Theme is { } theme && !priorityIds.Contains(theme, StringComparer.OrdinalIgnoreCase))
                throw new ConfigurationException($"{binding.Location}: theme \"{theme}\" is not a configured priority id; the ids are: {string.Join(", ", priorityIds)}.");
            if (wardNames is null) continue;
            var unknown = binding.Wards.Where(w => !wardNames.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
                throw new ConfigurationException($"{binding.Location}: ward \"{unknown[0]}\" is not a ward of the area's boundary file; the wards are: {string.Join(", ", wardNames.Order(StringComparer.Ordinal))}.");
        }
    }

    private static PlanMeasure Measure(MeasureEntry entry, string path, YamlStream yaml, int[] at)
    {
        string Loc(string? key) => $"{path}, {Where(yaml, at, key)}";
        if (string.IsNullOrWhiteSpace(entry.Measure)) throw new ConfigurationException($"{Loc(null)}: a measure has no text (measure: what is measured).");
        if (entry.Metric is null)
        {
            if (entry.CrimeTypes is not null || entry.Theme is not null || entry.Wards is not null || entry.Category is not null || entry.Direction is not null || entry.Baseline is not null)
                throw new ConfigurationException($"{Loc(null)}: the measure \"{entry.Measure}\" restricts or directs a metric but names none; add metric: (one of {string.Join(", ", MetricCatalogue.Names)}) or remove the metric's keys.");
            return new PlanMeasure(entry.Measure.Trim(), null, Status(entry.Status, Loc("status")), entry.Note?.Trim());
        }

        var metric = MetricCatalogue.Find(entry.Metric.Trim())
            ?? throw new ConfigurationException($"{Loc("metric")}: unknown metric \"{entry.Metric}\"; the metrics are: {string.Join(", ", MetricCatalogue.Names)}.");
        if (entry.Status is not null)
            throw new ConfigurationException($"{Loc("status")}: the status of a measure bound to a metric is computed from the data; remove status: or metric:.");
        foreach (var (key, given) in new[] { ("crime_types", entry.CrimeTypes is not null), ("theme", entry.Theme is not null), ("wards", entry.Wards is not null), ("category", entry.Category is not null) })
        {
            if (given && !metric.Filters.Contains(key, StringComparer.Ordinal))
                throw new ConfigurationException($"{Loc(key)}: the metric {metric.Name} does not take {key}; it takes: {(metric.Filters.Count == 0 ? "nothing" : string.Join(", ", metric.Filters))}.");
        }
        if (entry.CrimeTypes is not null && entry.Theme is not null)
            throw new ConfigurationException($"{Loc("theme")}: give crime_types or theme, not both.");
        var crimeTypes = (entry.CrimeTypes ?? []).Select(t => t.Trim()).ToList();
        if (crimeTypes.FirstOrDefault(t => !PoliceUkCrimeTypes.IsKnown(t)) is { } badType)
            throw new ConfigurationException($"{Loc("crime_types")}: \"{badType}\" is not a police.uk crime type; the crime types are: {string.Join(", ", PoliceUkCrimeTypes.All)}.");
        string? category = null;
        if (entry.Category is not null)
        {
            category = AsbCaseVocabularies.Categories.Resolve(entry.Category)
                ?? throw new ConfigurationException($"{Loc("category")}: \"{entry.Category}\" is not an ASB case category; the categories are: {AsbCaseVocabularies.Categories.Listed}.");
        }
        var direction = entry.Direction?.Trim().ToLowerInvariant() switch
        {
            "reduce" => MeasureDirection.Reduce,
            "increase" => MeasureDirection.Increase,
            _ => throw new ConfigurationException($"{Loc(entry.Direction is null ? null : "direction")}: direction must be reduce or increase{(entry.Direction is null ? " (none given)" : $", not \"{entry.Direction}\"")}."),
        };
        if (entry.Baseline is { } baseline && !string.Equals(baseline.Trim(), "comparison", StringComparison.OrdinalIgnoreCase))
            throw new ConfigurationException($"{Loc("baseline")}: baseline must be \"comparison\" (the run's comparison period), not \"{baseline}\".");
        return new PlanMeasure(entry.Measure.Trim(), new MeasureBinding(metric.Name, direction, Loc("metric"))
        {
            CrimeTypes = crimeTypes,
            Theme = entry.Theme?.Trim(),
            Wards = [.. (entry.Wards ?? []).Select(w => w.Trim())],
            Categories = category is null ? [] : [category],
        }, RagStatus.NotAssessed, null);
    }

    /// <summary>"line L, column C" of the node at priorities[at0].actions[at1](.measures[at2])(.key); the nearest node found when a step is missing.</summary>
    private static string Where(YamlStream yaml, int[] at, string? key)
    {
        YamlNode? node = yaml.Documents.Count > 0 ? yaml.Documents[0].RootNode : null;
        string[] steps = ["priorities", "actions", "measures"];
        var found = node;
        for (var i = 0; i < at.Length && node is not null; i++)
        {
            node = Child(node, steps[i]) is YamlSequenceNode seq && at[i] < seq.Children.Count ? seq.Children[at[i]] : null;
            if (node is not null) found = node;
        }
        if (key is not null && found is not null && Child(found, key) is { } value) found = value;
        return found is null ? "line 1, column 1" : $"line {found.Start.Line}, column {found.Start.Column}";
    }

    private static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static RagStatus Status(string? text, string where) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => RagStatus.NotAssessed,
        "red" => RagStatus.Red,
        "amber" => RagStatus.Amber,
        "green" => RagStatus.Green,
        "complete" => RagStatus.Complete,
        "not_started" or "not started" => RagStatus.NotStarted,
        var other => throw new ConfigurationException($"{where}: status \"{other}\" is not one of red, amber, green, complete, not_started."),
    };
}
