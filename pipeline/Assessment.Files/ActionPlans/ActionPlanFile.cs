using Assessment.Core.Reporting;
using Assessment.Files.Configuration;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assessment.Files.ActionPlans;

/// <summary>
/// Reads an action plan (YAML: priorities, each with actions; optional lead, timescale, measure and status per
/// action). Fields a plan doesn't state are shown as "Not stated", never invented.
/// </summary>
public static class ActionPlanFile
{
    /// <summary>What is shown for a lead, timescale or measure the plan does not state.</summary>
    public const string NotStated = "Not stated";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Reads the plan at <paramref name="path"/>: one item per action, in the file's order, with its priority.</summary>
    /// <exception cref="ConfigurationException">The file is missing, is not valid YAML (line and column named), a priority
    /// has no name, an action has no text, a status is not red, amber, green, complete or not_started, or there are no actions.</exception>
    public static ActionPlan Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Action plan not found: {path}");
        ActionPlanDocument document;
        try
        {
            document = Deserializer.Deserialize<ActionPlanDocument?>(File.ReadAllText(path)) ?? new ActionPlanDocument();
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException($"{path}, line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var items = new List<ActionPlanItem>();
        foreach (var priority in document.Priorities ?? [])
        {
            if (string.IsNullOrWhiteSpace(priority.Name)) throw new ConfigurationException($"{path}: a priority has no name.");
            foreach (var action in priority.Actions ?? [])
            {
                if (string.IsNullOrWhiteSpace(action.Action)) throw new ConfigurationException($"{path}: an action under \"{priority.Name}\" has no text.");
                items.Add(new ActionPlanItem(priority.Name, action.Action, action.Lead ?? NotStated, action.Timescale ?? NotStated, action.Measure ?? NotStated, Status(action.Status, path)));
            }
        }
        if (items.Count == 0) throw new ConfigurationException($"{path}: no actions found (expected priorities: - name: … actions: - action: …).");
        return new ActionPlan(document.Source, items);
    }

    private static RagStatus Status(string? text, string path) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => RagStatus.NotAssessed,
        "red" => RagStatus.Red,
        "amber" => RagStatus.Amber,
        "green" => RagStatus.Green,
        "complete" => RagStatus.Complete,
        "not_started" or "not started" => RagStatus.NotStarted,
        var other => throw new ConfigurationException($"{path}: status \"{other}\" is not one of red, amber, green, complete, not_started."),
    };
}
