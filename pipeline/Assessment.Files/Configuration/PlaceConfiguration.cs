using Assessment.Core.Charts;
using Assessment.Core.Configuration;

namespace Assessment.Files.Configuration;

/// <summary>Checks the <c>places:</c> list of a configuration and turns it into <see cref="PlaceSetting"/>s.</summary>
internal static class PlaceConfiguration
{
    /// <summary>The places in the file's order; empty when the key is absent.</summary>
    /// <exception cref="ConfigurationException">An entry has no name, an unknown kind, a latitude without a longitude
    /// (or the reverse), a position out of range, both a position and wards, or neither (the entry named).</exception>
    public static IReadOnlyList<PlaceSetting> Resolve(AssessmentConfigFile file, string source)
    {
        if (file.Places is not { } entries) return [];
        var places = new List<PlaceSetting>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? new PlaceSection();
            var name = entry.Name?.Trim() is { Length: > 0 } n ? n : throw new ConfigurationException($"{source}: places: entry {i + 1} has no name.");
            string Where() => $"{source}: places: \u201c{name}\u201d";
            var kind = entry.Kind?.Trim().ToLowerInvariant() switch
            {
                null or "" or "town" => MapPlaceKind.Town,
                "centre" or "center" => MapPlaceKind.Centre,
                var other => throw new ConfigurationException($"{Where()} has kind \u201c{other}\u201d; use town or centre."),
            };
            var wards = (entry.Wards ?? []).Select(w => w?.Trim() ?? "").Where(w => w.Length > 0).ToList();
            if (entry.Lat.HasValue != entry.Lon.HasValue) throw new ConfigurationException($"{Where()} needs both lat and lon.");
            if (entry.Lat is { } lat && entry.Lon is { } lon)
            {
                if (wards.Count > 0) throw new ConfigurationException($"{Where()} gives both lat/lon and wards; give one.");
                if (lat is < -90 or > 90 || lon is < -180 or > 180) throw new ConfigurationException($"{Where()} has lat {lat}, lon {lon}; expected WGS84 degrees (latitude −90 to 90, longitude −180 to 180).");
                places.Add(new PlaceSetting(name, kind, lon, lat, []));
            }
            else if (wards.Count > 0) places.Add(new PlaceSetting(name, kind, null, null, wards));
            else throw new ConfigurationException($"{Where()} has no position: give lat and lon (WGS84), or wards: the wards whose centroid places it.");
        }
        return places;
    }
}
