namespace Assessment.Browser.Tests;

public sealed class SvgIdPrefixerTests
{
    [Fact]
    public void Prefix_IdsAndEveryReference_GetTheChartPrefix()
    {
        const string svg = """<svg><defs><linearGradient id="gradient_0"/><clipPath id="clip1"/></defs><rect fill="url(#gradient_0)" clip-path="url(#clip1)"/><use href="#clip1"/><use xlink:href="#gradient_0"/></svg>""";

        var result = SvgIdPrefixer.Prefix(svg, "map");

        Assert.Equal("""<svg><defs><linearGradient id="map-gradient_0"/><clipPath id="map-clip1"/></defs><rect fill="url(#map-gradient_0)" clip-path="url(#map-clip1)"/><use href="#map-clip1"/><use xlink:href="#map-gradient_0"/></svg>""", result);
    }

    [Fact]
    public void Prefix_ReferenceToUnknownId_IsLeftAlone()
    {
        const string svg = """<svg><rect id="a" fill="url(#elsewhere)"/></svg>""";

        Assert.Equal("""<svg><rect id="x-a" fill="url(#elsewhere)"/></svg>""", SvgIdPrefixer.Prefix(svg, "x"));
    }

    [Fact]
    public void Prefix_NoIds_ReturnsTheSameText() => Assert.Equal("<svg><g/></svg>", SvgIdPrefixer.Prefix("<svg><g/></svg>", "x"));
}
