using System.Text;

namespace Assessment.Browser.Tests;

public sealed class PdfStructureTests
{
    // Catalog → page tree with a nested /Pages node, so page order is 3, 5, 6 (objects), i.e. pages 1, 2, 3.
    private const string Pdf = """
        %PDF-1.4
        1 0 obj
        << /Type /Catalog /Pages 2 0 R /Dests 9 0 R >>
        endobj
        2 0 obj
        << /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>
        endobj
        3 0 obj
        << /Type /Page /Parent 2 0 R >>
        endobj
        4 0 obj
        << /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 >>
        endobj
        5 0 obj
        << /Type /Page /Parent 4 0 R /Contents 7 0 R >>
        endobj
        7 0 obj
        << /Length 20 >>
        stream
        BT (endobj) Tj ET
        endstream
        endobj
        6 0 obj
        << /Type /Page /Parent 4 0 R >>
        endobj
        9 0 obj
        <</overview [5 0 R /XYZ 6 828.63 0]
        /glossary [6 0 R /XYZ 6 828.63 0]
        /data#2Dquality [3 0 R /XYZ 6 828.63 0]>>
        endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;

    [Fact]
    public void Read_NestedPageTree_MapsDestinationsToPageNumbers()
    {
        var structure = PdfStructure.Read(Encoding.Latin1.GetBytes(Pdf));

        Assert.Equal(3, structure.PageCount);
        Assert.Equal(2, structure.Destinations["overview"]);
        Assert.Equal(3, structure.Destinations["glossary"]);
        Assert.Equal(1, structure.Destinations["data-quality"]); // #2D is an escaped hyphen
    }

    [Fact]
    public void Read_NoDests_ReturnsPagesAndNoDestinations()
    {
        var structure = PdfStructure.Read(Encoding.Latin1.GetBytes(Pdf.Replace(" /Dests 9 0 R", "", StringComparison.Ordinal)));

        Assert.Equal(3, structure.PageCount);
        Assert.Empty(structure.Destinations);
    }

    [Fact]
    public void Read_NotAPdf_Throws() => Assert.Throws<FormatException>(() => PdfStructure.Read(Encoding.ASCII.GetBytes("hello")));
}
