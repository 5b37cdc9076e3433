using Assessment.Core.Model;

namespace Assessment.Core.Hotspots;

/// <summary>A <see cref="SnapPointCount"/> tied to its place index.</summary>
internal readonly record struct PlacedRecord(int Place, YearMonth Month, string CrimeType, string? Location, long Count);
