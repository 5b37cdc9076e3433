namespace Assessment.Tests.Shared;

/// <summary>Finds the repository (the folder holding Assessment.sln) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataSamples => Path.Combine(Root, "data-samples");

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Assessment.sln"))) return recorded;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assessment.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Assessment.sln not found above {AppContext.BaseDirectory}.");
    }
}
