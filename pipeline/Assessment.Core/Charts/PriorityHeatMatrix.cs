using System.Globalization;
using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// A heat matrix of issues (rows) by scoring criteria (columns), each cell coloured by its score and
/// labelled with it, criteria named along the top with horizontal labels.
/// </summary>
public static class PriorityHeatMatrix
{
    /// <summary>Builds the spec.</summary>
    /// <param name="scores">At most one score per issue and criterion; a pair without one is drawn as a blank cell.</param>
    /// <param name="issues">Row order, top first (e.g. by total score); every issue in <paramref name="scores"/> must be listed.</param>
    /// <param name="criteria">Column order; every criterion in <paramref name="scores"/> must be listed.</param>
    /// <param name="scoreTitle">Legend title, e.g. "Score (1–5)".</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="minScore">Lowest possible score (colour scale start).</param>
    /// <param name="maxScore">Highest possible score (colour scale end), above <paramref name="minScore"/>; scores at or above 60 % of the range get white labels.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">No scores, <paramref name="maxScore"/> not above <paramref name="minScore"/>, a score whose issue or criterion is not in the orders, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<PriorityScore> scores, IReadOnlyList<string> issues, IReadOnlyList<string> criteria, string scoreTitle, string description, double minScore = 1, double maxScore = 5)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0) throw new ArgumentException("A priority matrix needs at least one score.", nameof(scores));
        if (maxScore <= minScore) throw new ArgumentException("The highest score must be above the lowest.", nameof(maxScore));
        var unknown = scores.FirstOrDefault(s => !issues.Contains(s.Issue) || !criteria.Contains(s.Criterion));
        if (unknown is not null) throw new ArgumentException($"'{unknown.Issue}' / '{unknown.Criterion}' is not in the row or column order.", nameof(scores));

        var rows = new JsonArray(scores.Select(s => (JsonNode?)new JsonObject
        {
            ["issue"] = s.Issue, ["criterion"] = s.Criterion, ["score"] = s.Score,
        }).ToArray());
        var threshold = (minScore + (maxScore - minScore) * 0.6).ToString("R", CultureInfo.InvariantCulture);

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = new JsonObject { ["step"] = Math.Max(56, Math.Min(90, 440 / Math.Max(1, criteria.Count))) };
        spec["height"] = new JsonObject { ["step"] = 26 };
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["encoding"] = new JsonObject
        {
            // Explicit domains keep a row or column whose cells are all left out (no input) in place, blank.
            ["x"] = new JsonObject { ["field"] = "criterion", ["type"] = "nominal", ["sort"] = ChartStyle.Strings(criteria), ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(criteria) }, ["title"] = null, ["axis"] = new JsonObject { ["orient"] = "top", ["labelAngle"] = 0, ["labelLimit"] = 90, ["domain"] = false, ["ticks"] = false } },
            ["y"] = new JsonObject { ["field"] = "issue", ["type"] = "nominal", ["sort"] = ChartStyle.Strings(issues), ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(issues) }, ["title"] = null, ["axis"] = new JsonObject { ["labelLimit"] = 220, ["domain"] = false, ["ticks"] = false } },
        };
        spec["layer"] = new JsonArray(
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "rect", ["stroke"] = "#ffffff", ["strokeWidth"] = 2 },
                ["encoding"] = new JsonObject
                {
                    ["color"] = new JsonObject { ["field"] = "score", ["type"] = "quantitative", ["title"] = scoreTitle, ["scale"] = new JsonObject { ["scheme"] = "oranges", ["domain"] = new JsonArray(minScore, maxScore) }, ["legend"] = new JsonObject { ["orient"] = "bottom", ["direction"] = "horizontal", ["gradientLength"] = 160 } },
                },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = 10, ["fontWeight"] = 600 },
                ["encoding"] = new JsonObject
                {
                    ["text"] = new JsonObject { ["field"] = "score", ["type"] = "quantitative", ["format"] = ".0f" },
                    ["color"] = new JsonObject { ["condition"] = new JsonObject { ["test"] = $"datum.score >= {threshold}", ["value"] = "#ffffff" }, ["value"] = "#1f2328" },
                },
            });
        return spec;
    }
}
