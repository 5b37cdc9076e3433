namespace Assessment.Core.Configuration;

/// <summary>How the partnership area is recognised (see <see cref="AreaSettings.Kind"/>).</summary>
public enum AreaKind
{
    /// <summary>
    /// Rows whose LSOA name starts with any of <see cref="AreaSettings.LsoaNamePrefixes"/>, e.g. "Canterbury " (ONS LSOA
    /// names are "&lt;District&gt; NNNX"); configured as <c>lsoa_name_prefix:</c>, one string or a list.
    /// </summary>
    LsoaNamePrefix,

    /// <summary>Rows whose LSOA code is in <see cref="AreaSettings.LsoaCodes"/>; configured as <c>lsoa_codes:</c>.</summary>
    LsoaCodes,

    /// <summary>
    /// Rows whose (snapped) WGS84 coordinates fall inside or on the polygon in the GeoJSON file at
    /// <see cref="AreaSettings.BoundaryPath"/>; configured as <c>boundary:</c>.
    /// </summary>
    Boundary,
}
