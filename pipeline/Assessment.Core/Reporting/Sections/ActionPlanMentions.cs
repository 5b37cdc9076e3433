using Assessment.Core.Partners;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The action-plan actions whose own text names a category of <see cref="AsbCaseVocabularies.Categories"/> (or one of
/// its aliases), so a chapter can say which of the partnership's actions its figures answer. The action text comes
/// from the configured plan; nothing here names an action.
/// </summary>
internal static class ActionPlanMentions
{
    /// <summary>The actions of <paramref name="plan"/> naming <paramref name="category"/>, in plan order, once each.</summary>
    public static IReadOnlyList<ActionPlanItem> Of(string category, IReadOnlyList<ActionPlanItem> plan) =>
        [.. plan.Where(a => AsbCaseVocabularies.Categories.IsNamedIn(category, a.Action)).DistinctBy(a => a.Action)];

    /// <summary>"“Tackle graffiti” (Disrupt anti-social behaviour)": the action as quoted in the report.</summary>
    public static string Quote(ActionPlanItem action) => $"“{action.Action}” ({action.Priority})";
}
