using Assessment.DuckDb.Native;

namespace Assessment.DuckDb.Tests;

public sealed class NativeLibraryTests
{
    [Fact]
    public void Build_CopiesNativeLibrary_NextToTestAssembly()
    {
        var expected = Path.Combine(AppContext.BaseDirectory, NativeLibraryResolver.LibraryFileName);

        Assert.True(File.Exists(expected), $"{expected} is missing");
        Assert.True(new FileInfo(expected).Length > 1_000_000, "the native library is implausibly small");
    }

    [Fact]
    public void LibraryVersion_LoadedLibrary_IsTheVersionTheBuildFetches()
    {
        Assert.Equal("v1.5.6", DuckDbDatabase.LibraryVersion);
    }
}
