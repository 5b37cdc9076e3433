namespace Assessment.Core.Charts;

/// <summary>
/// A class of change a change chart tells apart, e.g. "Significant increase": the legend names it, so the colour is
/// never the only way to read it.
/// </summary>
/// <param name="Label">Legend text, e.g. "No significant change"; unique within one chart.</param>
/// <param name="Fill">Bar fill as a CSS hex colour, e.g. "#D55E00"; "#ffffff" for a hollow bar.</param>
/// <param name="Stroke">Bar outline as a CSS hex colour; the same as <paramref name="Fill"/> for a solid bar.</param>
public sealed record ChangeClass(string Label, string Fill, string Stroke);
