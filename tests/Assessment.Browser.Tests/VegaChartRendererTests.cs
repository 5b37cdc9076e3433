using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Assessment.Core.Charts;
using Xunit.Abstractions;

namespace Assessment.Browser.Tests;

public sealed class VegaChartRendererTests(ChartPageFixture page, ITestOutputHelper output) : IClassFixture<ChartPageFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task RenderAsync_EveryChartKind_GivesSelfContainedSvgAndPngTwiceIdentically()
    {
        var renderer = page.Renderer;

        foreach (var (id, spec) in TestDocuments.AllChartKinds())
        {
            var first = await renderer.RenderAsync(id, spec, CancellationToken.None);
            var second = await renderer.RenderAsync(id, spec, CancellationToken.None);
            output.WriteLine($"{id}: {first.Elapsed.TotalMilliseconds:F0} ms, then {second.Elapsed.TotalMilliseconds:F0} ms; SVG {first.Svg.Length:N0} chars, PNG {first.Png.Length:N0} bytes");

            Assert.StartsWith("<svg", first.Svg, StringComparison.Ordinal);
            Assert.Equal(first.Svg, second.Svg);
            Assert.Equal(PngSignature, first.Png[..8]);
            Assert.DoesNotMatch(@"(href|src)=""(?!#)", first.Svg);
            Assert.DoesNotMatch(@"url\((?!#)", first.Svg);
            Assert.All(Regex.Matches(first.Svg, @" id=""([^""]+)""").Select(m => m.Groups[1].Value), v => Assert.StartsWith(id + "-", v, StringComparison.Ordinal));
            Assert.Contains("font-family=\"Inter\"", first.Svg, StringComparison.Ordinal);
        }

        Assert.Equal(0, page.Session.BlockedRequests);
    }

    [Fact]
    public async Task RenderAsync_WardMap_DrawsEveryWardLabelsPlacesAScaleBarTrueToTheProjectionAndANorthArrow()
    {
        var renderer = page.Renderer;
        var (id, spec) = TestDocuments.AllChartKinds().Single(k => k.Id == "ward-map");

        var svg = XDocument.Parse((await renderer.RenderAsync(id, spec, CancellationToken.None)).Svg);

        XElement[] Marks(string kind) => svg.Descendants().Where(e => (string?)e.Attribute("aria-roledescription") == $"{kind} mark container").ToArray();
        var areas = Marks("shape")[0].Elements().Where(e => e.Name.LocalName == "path").ToList();
        Assert.Equal(21, areas.Count);
        var texts = Marks("text").SelectMany(m => m.Elements()).Where(e => e.Name.LocalName == "text").ToList();
        Assert.All(texts, l => Assert.NotEqual("0", (string?)l.Attribute("opacity")));
        var unplaced = ChoroplethMap.UnplacedLabels(spec);
        var wards = TestDocuments.Wards().Select(w => (string)w.Properties["WD25NM"]!).ToList();
        // Every ward is labelled twice (halo, then ink) unless listed as having no room.
        Assert.All(wards, w => Assert.Equal(unplaced.Contains(w) ? 0 : 2, texts.Count(t => t.Value == w)));
        Assert.True(unplaced.Count <= 2, $"unplaced: {string.Join(", ", unplaced)}");
        foreach (var name in new[] { "Canterbury city centre", "Whitstable", "N" }) Assert.Equal(2, texts.Count(t => t.Value == name));
        // The wards drawn right spread their labels across the 520-pixel plot (an anticlockwise ring would squeeze them together).
        var x = texts.Where(t => wards.Contains(t.Value)).Select(l => double.Parse(Regex.Match((string)l.Attribute("transform")!, @"translate\(([-0-9.e]+),").Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(x.Max() - x.Min() > 520 / 3.0, $"labels span {x.Max() - x.Min():F0} px");

        // Vega-Lite keeps the projection given, so the bar drawn is as long as the projection says.
        var bar = MapScaleBar.For(MapProjection.Fit(TestDocuments.Wards().Select(w => w.Geometry), 520, 440), 520, 440);
        var line = Marks("rule").Single().Elements().Single(e => e.Name.LocalName == "line");
        Assert.Equal(bar.PixelLength, double.Parse((string)line.Attribute("x2")!, CultureInfo.InvariantCulture), 0);
        Assert.Equal(2, texts.Count(t => t.Value == bar.Label));
    }

    [Fact]
    public async Task RenderAsync_InvalidSpec_ThrowsWithTheChartId()
    {
        var renderer = page.Renderer;
        var spec = ChartStyle.NewSpec("broken");
        spec["mark"] = "no-such-mark";

        var error = await Assert.ThrowsAsync<ChartRenderException>(() => renderer.RenderAsync("broken", spec, CancellationToken.None));

        Assert.Equal("broken", error.ChartId);
    }
}
