using Assessment.Files.Output;

namespace Assessment.Files.Tests.Output;

/// <summary><see cref="PackFiles"/>: where packs go, and the removal of packs of priorities no longer configured.</summary>
public sealed class PackFilesTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Write_PutsEachPackInThePacksFolderUnderItsId()
    {
        var files = new PackFiles(folder.Path);

        var html = files.WriteHtml("night-time-economy", "<html></html>");
        var pdf = files.WritePdf("night-time-economy", [1, 2, 3]);

        Assert.Equal(folder.Combine("packs", "night-time-economy.html"), html);
        Assert.Equal(folder.Combine("packs", "night-time-economy.pdf"), pdf);
        Assert.Equal("<html></html>", File.ReadAllText(html));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(pdf));
    }

    [Fact]
    public void RemoveAllExcept_DeletesOnlyPacksOfOtherIds()
    {
        var files = new PackFiles(folder.Path);
        files.WriteHtml("kept", "k");
        files.WritePdf("kept", [1]);
        files.WriteHtml("dropped-priority", "d");
        files.WritePdf("dropped-priority", [2]);
        folder.Write("packs/notes.txt", "not a pack");

        var deleted = files.RemoveAllExcept(["kept"]);

        Assert.Equal([folder.Combine("packs", "dropped-priority.html"), folder.Combine("packs", "dropped-priority.pdf")], deleted);
        Assert.Equal(["kept.html", "kept.pdf", "notes.txt"], Directory.GetFiles(folder.Combine("packs")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RemoveAllExcept_NoPacksFolder_DeletesNothing() =>
        Assert.Empty(new PackFiles(folder.Path).RemoveAllExcept([]));

    [Fact]
    public void Write_IdThatIsNotAReportId_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new PackFiles(folder.Path).WriteHtml("../escape", "x"));
}
