using Assessment.Files.Output;

namespace Assessment.Files.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void WriteAllText_NewFolder_CreatesItAndWritesUtf8WithoutBom()
    {
        var path = folder.Combine("a", "b", "report.html");

        AtomicFile.WriteAllText(path, "<p>Café</p>");

        Assert.Equal("<p>Café</p>"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(["report.html"], Directory.GetFiles(folder.Combine("a", "b")).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_WriterThrowsHalfWay_KeepsTheOldFileAndLeavesNoTemporaryFile()
    {
        var path = folder.Write("report.pdf", "old report");

        var ex = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("%PDF-1.7 half"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("renderer failed", ex.Message);
        Assert.Equal("old report", File.ReadAllText(path));
        Assert.Equal(["report.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_WhileWriting_TheOldFileIsStillWholeAndTheNewOneIsHiddenBesideIt()
    {
        var path = folder.Write("t.csv", "old\n");
        string[] during = [];
        string oldDuring = "";

        AtomicFile.Write(path, stream =>
        {
            stream.Write("new\n"u8);
            stream.Flush();
            during = Directory.GetFiles(folder.Path).Select(Path.GetFileName).ToArray()!;
            oldDuring = File.ReadAllText(path);
        });

        Assert.Equal("old\n", oldDuring);
        var temporary = Assert.Single(during, n => n != "t.csv");
        Assert.True(AtomicFile.IsTemporaryName(temporary), temporary);
        Assert.StartsWith(".t.csv.", temporary, StringComparison.Ordinal);
        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(["t.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_DiskFull_ThrowsNamingTheFileAndKeepsThePreviousFileByteForByte()
    {
        using var disk = new SmallTmpfs(1);
        var path = disk.Combine("strategic-assessment.pdf");
        var previous = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, previous);
        disk.LeaveFree(64 * 1024);

        var ex = Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(path, new byte[512 * 1024]));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("No space left on device", ex.InnerException!.Message, StringComparison.Ordinal);
        Assert.Equal(previous, File.ReadAllBytes(path));
        Assert.Equal(["filler.bin", "strategic-assessment.pdf"], Directory.GetFiles(disk.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeleteLeftovers_RemovesOnlyTemporaryFilesOfInterruptedWrites()
    {
        folder.Write(".report.pdf.0123456789abcdef0123456789abcdef.partial", "half");
        folder.Write("notes.partial", "a user's file");
        folder.Write(".hidden.partial", "not ours: no 32-digit id");
        folder.Write("report.pdf", "whole");
        folder.Write("charts/.x.svg.0123456789abcdef0123456789abcdef.partial", "in a subfolder: not touched");

        var deleted = AtomicFile.DeleteLeftovers(folder.Path);

        Assert.Equal(1, deleted);
        Assert.Equal([".hidden.partial", "notes.partial", "report.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Single(Directory.GetFiles(folder.Combine("charts")));
    }
}
