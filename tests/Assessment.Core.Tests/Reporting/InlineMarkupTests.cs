using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Reporting;

public sealed class InlineMarkupTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("**bold** text", "<strong>bold</strong> text")]
    [InlineData("an *emphasised* word", "an <em>emphasised</em> word")]
    [InlineData("**a** and *b*", "<strong>a</strong> and <em>b</em>")]
    [InlineData("2 * 3 = 6", "2 * 3 = 6")]
    [InlineData("unclosed **bold", "unclosed **bold")]
    [InlineData("a * b *", "a * b *")]
    [InlineData("", "")]
    public void ToHtml_Markers_BecomeStrongOrEmphasisOnlyWhenPaired(string text, string expected) =>
        Assert.Equal(expected, InlineMarkup.ToHtml(text));

    [Theory]
    [InlineData("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;")]
    [InlineData("Tom & Jerry's \"show\"", "Tom &amp; Jerry&#39;s &quot;show&quot;")]
    [InlineData("**<i>**", "<strong>&lt;i&gt;</strong>")]
    public void ToHtml_HtmlInText_IsEncodedEvenInsideEmphasis(string text, string expected) =>
        Assert.Equal(expected, InlineMarkup.ToHtml(text));

    [Fact]
    public void ToHtml_NonAsciiText_StaysReadable() => Assert.Equal("£5 – café", InlineMarkup.ToHtml("£5 – café"));
}
