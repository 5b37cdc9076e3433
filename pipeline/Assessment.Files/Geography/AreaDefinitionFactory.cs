using Assessment.Core.Configuration;
using Assessment.Core.Geography;
using Assessment.Files.Configuration;

namespace Assessment.Files.Geography;

/// <summary>Turns the configured area into an <see cref="AreaDefinition"/>, reading the boundary file when there is one.</summary>
public static class AreaDefinitionFactory
{
    /// <summary>The area the settings describe.</summary>
    /// <param name="settings">The configured area; for <see cref="AreaKind.Boundary"/> its GeoJSON file is read and its features dissolved into one boundary.</param>
    /// <exception cref="ConfigurationException">The boundary file does not exist.</exception>
    /// <exception cref="BoundaryDataException">The boundary file cannot be read as polygons.</exception>
    public static AreaDefinition Create(AreaSettings settings) => settings.Kind switch
    {
        AreaKind.LsoaNamePrefix => new LsoaNamePrefixArea(settings.Name, settings.LsoaNamePrefixes!),
        AreaKind.LsoaCodes => new LsoaCodeListArea(settings.Name, settings.LsoaCodes!),
        AreaKind.Boundary => new BoundaryArea(
            settings.Name,
            BoundaryFeature.Dissolve(BoundaryFile.Read(settings.BoundaryPath!), settings.BoundaryPath!),
            Path.GetFileName(settings.BoundaryPath!)),
        _ => throw new ArgumentOutOfRangeException(nameof(settings)),
    };
}
