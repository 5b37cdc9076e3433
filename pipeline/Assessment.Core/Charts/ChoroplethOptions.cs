namespace Assessment.Core.Charts;

/// <summary>What a choropleth map reads from each feature's properties.</summary>
/// <param name="ValueProperty">Numeric property that sets the fill colour, e.g. "crimes_per_1000".</param>
/// <param name="NameProperty">Property naming the area, e.g. "WD25NM"; used for labels.</param>
/// <param name="LegendTitle">Legend title with units, e.g. "Crimes per 1,000 residents".</param>
/// <param name="LabelLongitudeProperty">Property with the label point's longitude (e.g. "LONG"); labels are drawn only when both label properties are given.</param>
/// <param name="LabelLatitudeProperty">Property with the label point's latitude (e.g. "LAT").</param>
/// <param name="ColourScheme">A Vega sequential scheme, e.g. "blues".</param>
public sealed record ChoroplethOptions(
    string ValueProperty,
    string NameProperty,
    string LegendTitle,
    string? LabelLongitudeProperty = null,
    string? LabelLatitudeProperty = null,
    string ColourScheme = "blues");
