namespace Assessment.Core.Hotspots;

/// <summary>Events of a group in the assessment period inside one ward.</summary>
/// <param name="Code">The ward's ONS code, e.g. "E05010392": what identifies it (names can repeat).</param>
/// <param name="Ward">The ward's name, as a label, e.g. "Beltinge".</param>
/// <param name="Events">Events of the group in the ward.</param>
public sealed record WardCount(string Code, string Ward, double Events);
