namespace Assessment.Core.Charts;

/// <summary>What a named place on a map is, which sets how it is drawn.</summary>
public enum MapPlaceKind
{
    /// <summary>A town or village: a small dot and its name.</summary>
    Town,

    /// <summary>A city or town centre: a larger marker and a bold name.</summary>
    Centre,
}
