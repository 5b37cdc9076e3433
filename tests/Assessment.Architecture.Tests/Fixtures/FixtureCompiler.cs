using Assessment.Architecture.Tests.Inspection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Assessment.Architecture.Tests.Fixtures;

/// <summary>
/// Compiles small deliberately rule-breaking assemblies in memory, with a portable PDB, so that each rule's checker is
/// shown to fail on code that breaks it. Sources are named like files of the core ("Trends/Leaky.cs") so the findings
/// can be checked for file and type.
/// </summary>
public static class FixtureCompiler
{
    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private static readonly MetadataReference[] Framework =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == FrameworkDirectory)
            .Select(p => MetadataReference.CreateFromFile(p))];

    /// <summary>Compiles <paramref name="files"/> (path → source) into an assembly named <paramref name="assemblyName"/>.</summary>
    /// <param name="references">Further assemblies, e.g. another fixture's image.</param>
    /// <exception cref="InvalidOperationException">The fixture does not compile; the message lists the compiler's errors.</exception>
    public static (byte[] Image, byte[] Pdb) Compile(string assemblyName, IReadOnlyDictionary<string, string> files, params byte[][] references)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Value, CSharpParseOptions.Default, path: f.Key, encoding: System.Text.Encoding.UTF8));
        var compilation = CSharpCompilation.Create(assemblyName, trees,
            [.. Framework, .. references.Select(r => MetadataReference.CreateFromImage(r))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(image, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
            throw new InvalidOperationException($"Fixture {assemblyName} does not compile:{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return (image.ToArray(), pdb.ToArray());
    }

    /// <summary>Compiles and opens the fixture for inspection.</summary>
    public static InspectedAssembly Inspect(string assemblyName, IReadOnlyDictionary<string, string> files, params byte[][] references)
    {
        var (image, pdb) = Compile(assemblyName, files, references);
        return InspectedAssembly.FromImage(image, pdb, FrameworkDirectory);
    }
}
