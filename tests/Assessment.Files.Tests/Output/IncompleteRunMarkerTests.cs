using Assessment.Files.Output;

namespace Assessment.Files.Tests.Output;

public sealed class IncompleteRunMarkerTests : IDisposable
{
    private static readonly DateTimeOffset Started = new(2026, 11, 30, 15, 4, 5, TimeSpan.FromHours(1));

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Place_NamesTheStartTimeInUtcAndWhatToDo()
    {
        var path = IncompleteRunMarker.Place(folder.Combine("out"), Started);

        Assert.Equal(folder.Combine("out", "INCOMPLETE-RUN.txt"), path);
        var text = File.ReadAllText(path);
        Assert.Contains("THIS FOLDER IS INCOMPLETE", text, StringComparison.Ordinal);
        Assert.Contains("started at 2026-11-30 14:04:05 UTC", text, StringComparison.Ordinal);
        Assert.Contains("run `assessment run` again", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.True(IncompleteRunMarker.IsPresent(folder.Combine("out")));
    }

    [Fact]
    public void Place_WithAReason_SaysIt()
    {
        var text = File.ReadAllText(IncompleteRunMarker.Place(folder.Path, Started, "the PDF was not written (no browser)."));

        Assert.Contains("did not write all of its outputs: the PDF was not written (no browser).\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clear_AfterAGoodRun_RemovesTheMarkerAndTemporaryFilesLeftByAKilledRun()
    {
        IncompleteRunMarker.Place(folder.Path, Started);
        const string Leftover = ".strategic-assessment.html.0123456789abcdef0123456789abcdef.partial";
        folder.Write(Leftover, "<html><body>half");
        folder.Write("charts/.monthly.png.0123456789abcdef0123456789abcdef.partial", "half");
        folder.Write("tables/.yoy.csv.0123456789abcdef0123456789abcdef.partial", "half");
        folder.Write("packs/.safeguarding.pdf.0123456789abcdef0123456789abcdef.partial", "half");
        folder.Write("strategic-assessment.html", "<html></html>");

        Assert.True(IncompleteRunMarker.Clear(folder.Path));

        Assert.False(IncompleteRunMarker.IsPresent(folder.Path));
        Assert.Equal(["strategic-assessment.html"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(folder.Combine("charts")));
        Assert.Empty(Directory.GetFiles(folder.Combine("tables")));
        Assert.Empty(Directory.GetFiles(folder.Combine("packs")));
    }

    [Fact]
    public void Clear_NoMarker_ReturnsFalse() => Assert.False(IncompleteRunMarker.Clear(folder.Path));
}
