using System.Globalization;
using Assessment.Core.Charts;
using Assessment.Files.Geography;

namespace Assessment.Core.Tests.Charts;

/// <summary><see cref="MapLabelPlacer"/> on the sample's wards and on a crowded synthetic case: no two boxes overlap, every box stays on the plot.</summary>
public sealed class MapLabelPlacerTests
{
    private const double Width = 540;
    private const double Height = 460;

    [Fact]
    public void Place_CanterburyWards_EveryLabelPlacedAndNoBoxesOverlap()
    {
        var wards = BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson"));
        var projection = MapProjection.Fit(wards.Select(w => w.Geometry), Width, Height);
        var labels = wards.Select(w =>
        {
            var (x, y) = projection.Project(Number(w.Property("LONG")), Number(w.Property("LAT")));
            return (w.Property("WD25NM")!, x, y);
        }).ToArray();

        var placement = MapLabelPlacer.Place(labels, ChoroplethMap.LabelFontSize, Width, Height);

        Assert.Empty(placement.Dropped);
        Assert.Equal(21, placement.Placed.Count);
        AssertNoOverlapsAndInside(placement.Placed);
    }

    [Fact]
    public void Place_SixtyLabelsCrowdedIntoOneCorner_PlacesSomeWithoutOverlapAndReportsTheRest()
    {
        // Anchors on a 6-pixel lattice: far closer than one label's height, so most cannot be placed.
        var labels = Enumerable.Range(0, 60).Select(i => ($"Ward number {i}", 60 + i % 10 * 6.0, 60 + i / 10 * 6.0)).ToArray();
        var reserved = new[] { new MapLabelBox("reserved", 60, 60, 40, 20) };

        var placement = MapLabelPlacer.Place(labels, 8, Width, Height, reserved);

        AssertNoOverlapsAndInside([.. placement.Placed, .. reserved]);
        Assert.NotEmpty(placement.Dropped);
        Assert.InRange(placement.Placed.Count, 5, 59);
        Assert.Equal(labels.Select(l => l.Item1).Order(), placement.Placed.Select(p => p.Text).Concat(placement.Dropped).Order());
    }

    [Fact]
    public void Place_LabelWithRoom_StaysCentredOnItsAnchor_AndASecondOnTheSameSpotMovesAside()
    {
        var placement = MapLabelPlacer.Place([("Barton", 200, 200), ("Westgate", 200, 200)], 8, Width, Height);

        Assert.Equal((200.0, 200.0), (placement.Placed[0].X, placement.Placed[0].Y));
        Assert.NotEqual((200.0, 200.0), (placement.Placed[1].X, placement.Placed[1].Y));
        Assert.False(placement.Placed[0].Overlaps(placement.Placed[1]));
    }

    [Fact]
    public void Place_AnchorOffThePlot_IsDropped()
    {
        var placement = MapLabelPlacer.Place([("Far away", -500, -500)], 8, Width, Height);

        Assert.Empty(placement.Placed);
        Assert.Equal(["Far away"], placement.Dropped);
    }

    private static void AssertNoOverlapsAndInside(IReadOnlyList<MapLabelBox> boxes)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            var b = boxes[i];
            Assert.InRange(b.X - b.Width / 2, 0, Width);
            Assert.InRange(b.X + b.Width / 2, 0, Width);
            Assert.InRange(b.Y - b.Height / 2, 0, Height);
            Assert.InRange(b.Y + b.Height / 2, 0, Height);
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(b.Overlaps(boxes[j]), $"{b.Text} overlaps {boxes[j].Text}");
        }
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
