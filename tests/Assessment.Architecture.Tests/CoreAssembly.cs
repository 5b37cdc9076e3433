using Assessment.Architecture.Tests.Inspection;

namespace Assessment.Architecture.Tests;

/// <summary>The real Assessment.Core as built for these tests (the project reference copies it and its PDB here).</summary>
public static class CoreAssembly
{
    /// <summary>The root namespace, whose areas the rules talk about.</summary>
    public const string RootNamespace = "Assessment.Core";

    /// <summary>The project file, relative to the repository.</summary>
    public const string ProjectFile = "pipeline/Assessment.Core/Assessment.Core.csproj";

    /// <summary>Opens the assembly; findings name files relative to the repository.</summary>
    public static InspectedAssembly Open() =>
        InspectedAssembly.FromFile(typeof(Assessment.Core.Model.YearMonth).Assembly.Location, RepositoryPaths.Root);
}
