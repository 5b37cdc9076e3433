using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Inspection;

/// <summary>
/// An assembly read with Mono.Cecil together with its portable PDB, so that every finding names the source file (and
/// line) it comes from. The rules read IL rather than source text, so a <c>using</c> alias or a fully-qualified name
/// cannot hide what a type really calls.
/// </summary>
public sealed class InspectedAssembly : IDisposable
{
    private readonly string sourceRoot;

    private InspectedAssembly(ModuleDefinition module, string sourceRoot)
    {
        Module = module;
        this.sourceRoot = sourceRoot;
    }

    /// <summary>The module; its types, references and method bodies are what the rules read.</summary>
    public ModuleDefinition Module { get; }

    /// <summary>Every type defined in the assembly, nested and compiler-generated ones included.</summary>
    public IEnumerable<TypeDefinition> Types => Module.GetTypes();

    /// <summary>Reads an assembly from disk with the PDB beside it; paths in findings are made relative to <paramref name="sourceRoot"/>.</summary>
    public static InspectedAssembly FromFile(string assemblyPath, string sourceRoot)
    {
        var resolver = Resolver(Path.GetDirectoryName(assemblyPath)!);
        var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters
        {
            AssemblyResolver = resolver,
            ReadSymbols = true,
            SymbolReaderProvider = new PortablePdbReaderProvider(),
        });
        return new InspectedAssembly(module, sourceRoot);
    }

    /// <summary>Reads an assembly compiled in memory, with its portable PDB; <paramref name="referenceDirectory"/> holds the assemblies it refers to.</summary>
    public static InspectedAssembly FromImage(byte[] image, byte[] pdb, string referenceDirectory)
    {
        var module = ModuleDefinition.ReadModule(new MemoryStream(image), new ReaderParameters
        {
            AssemblyResolver = Resolver(referenceDirectory),
            ReadSymbols = true,
            SymbolReaderProvider = new PortablePdbReaderProvider(),
            SymbolStream = new MemoryStream(pdb),
        });
        return new InspectedAssembly(module, "");
    }

    /// <summary>The type a finding is reported against: lambdas, iterators and nested types belong to the type they are written in.</summary>
    public static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>True for types the compiler adds (<c>&lt;Module&gt;</c>, <c>&lt;PrivateImplementationDetails&gt;</c>, embedded attributes).</summary>
    public static bool IsCompilerInfrastructure(TypeDefinition type) =>
        type.Name.StartsWith('<') || (type.Namespace.Length == 0 && type.DeclaringType is null)
        || type.CustomAttributes.Any(a => a.AttributeType.FullName == "Microsoft.CodeAnalysis.EmbeddedAttribute");

    /// <summary>
    /// The source file of a type, from the sequence points of its methods (all of its files for a partial type). A type
    /// with no method body (an enum, an interface) falls back to the convention that a file is named after its type.
    /// </summary>
    public string FileOf(TypeDefinition type)
    {
        var outer = Outermost(type);
        var files = AllTypes(outer).SelectMany(t => t.Methods)
            .SelectMany(m => m.DebugInformation.HasSequencePoints ? m.DebugInformation.SequencePoints : [])
            .Where(p => !p.IsHidden)
            .Select(p => Relative(p.Document.Url))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return files.Length > 0 ? string.Join(" + ", files) : $"{outer.Name.Split('`')[0]}.cs (by convention: no sequence points)";
    }

    /// <summary>"file(line)" of an instruction, from the nearest visible sequence point at or before it; the type's file when there is none.</summary>
    public string LocationOf(MethodDefinition method, Instruction? instruction)
    {
        if (instruction is null || !method.DebugInformation.HasSequencePoints) return FileOf(method.DeclaringType);
        var point = method.DebugInformation.SequencePoints
            .Where(p => !p.IsHidden && p.Offset <= instruction.Offset)
            .MaxBy(p => p.Offset)
            ?? method.DebugInformation.SequencePoints.FirstOrDefault(p => !p.IsHidden);
        return point is null ? FileOf(method.DeclaringType) : $"{Relative(point.Document.Url)}({point.StartLine})";
    }

    public void Dispose() => Module.Dispose();

    private static IEnumerable<TypeDefinition> AllTypes(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(AllTypes)];

    private string Relative(string path)
    {
        if (sourceRoot.Length == 0 || !Path.IsPathRooted(path)) return path.Replace('\\', '/');
        return Path.GetRelativePath(sourceRoot, path).Replace('\\', '/');
    }

    private static DefaultAssemblyResolver Resolver(string directory)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(directory);
        // The framework the tests run on, so that base types such as System.Exception resolve.
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        return resolver;
    }
}
