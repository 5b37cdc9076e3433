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
    public async Task RenderAsync_WardMap_DrawsEveryWardAndShowsEveryLabel()
    {
        var renderer = page.Renderer;
        var (id, spec) = TestDocuments.AllChartKinds().Single(k => k.Id == "ward-map");

        var svg = XDocument.Parse((await renderer.RenderAsync(id, spec, CancellationToken.None)).Svg);

        XElement[] Marks(string kind) => svg.Descendants().Where(e => (string?)e.Attribute("aria-roledescription") == $"{kind} mark container").ToArray();
        var areas = Marks("shape")[0].Elements().Where(e => e.Name.LocalName == "path").ToList();
        var labels = Marks("text").Single().Elements().Where(e => e.Name.LocalName == "text").ToList();
        Assert.Equal(21, areas.Count);
        Assert.Equal(21, labels.Count);
        Assert.All(labels, l => Assert.NotEqual("0", (string?)l.Attribute("opacity")));
        foreach (var ward in new[] { "Beltinge", "Barton", "Westgate" }) Assert.Contains(labels, l => l.Value == ward);
        // Anticlockwise outer rings make Vega fill the globe and fit it to the plot, which squeezes the district (and every
        // label) into a few pixels in the middle; the wards drawn right spread their labels across the 520-pixel plot.
        var x = labels.Select(l => double.Parse(Regex.Match((string)l.Attribute("transform")!, @"translate\(([-0-9.e]+),").Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(x.Max() - x.Min() > 520 / 3.0, $"labels span {x.Max() - x.Min():F0} px");
        Assert.Equal(2, Marks("symbol").Single().Elements().Count());
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
