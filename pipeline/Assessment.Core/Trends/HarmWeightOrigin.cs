namespace Assessment.Core.Trends;

/// <summary>Where a <see cref="HarmWeightTable"/> comes from, which decides how the report describes it.</summary>
public enum HarmWeightOrigin
{
    /// <summary>The indicative table shipped with the tool (sentencing-guideline starting points, each row's basis stated).</summary>
    BuiltIn,

    /// <summary>A table the user supplied (<c>harm_weights:</c> or <c>--harm-weights</c>); its sources are as the file states them.</summary>
    UserFile,
}
