using Assessment.Core.Configuration;
using Assessment.Core.Geography;

namespace Assessment.Files.Geography;

/// <summary>Turns the configured area into an <see cref="AreaDefinition"/>, reading the boundary file when there is one.</summary>
public static class AreaDefinitionFactory
{
    public static AreaDefinition Create(AreaSettings settings) => settings.Kind switch
    {
        AreaKind.LsoaNamePrefix => new LsoaNamePrefixArea(settings.Name, settings.LsoaNamePrefixes!),
        AreaKind.LsoaCodes => new LsoaCodeListArea(settings.Name, settings.LsoaCodes!),
        AreaKind.Boundary => new BoundaryArea(
            settings.Name,
            GeoJsonPolygonReader.Dissolve(BoundaryFile.Read(settings.BoundaryPath!), settings.BoundaryPath!),
            Path.GetFileName(settings.BoundaryPath!)),
        _ => throw new ArgumentOutOfRangeException(nameof(settings)),
    };
}
