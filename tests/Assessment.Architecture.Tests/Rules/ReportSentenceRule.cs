using System.Text.RegularExpressions;
using Assessment.Architecture.Tests.Inspection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Rules;

/// <summary>
/// Rule 3: analysis code writes no report sentences; wording belongs in <c>Assessment.Core.Reporting</c>.
/// <para>
/// An <b>English report sentence</b> is text of five or more words (a word is a run of letters, with apostrophes,
/// hyphens or en dashes inside it) that a type of an analysis namespace builds: a string literal, the literal parts of one
/// interpolated string or <c>string.Concat</c> taken together (so a sentence cut into pieces around its numbers still
/// counts), or a string constant. Four words or fewer are labels and keys ("All crime and ASB", "no significant
/// change"), which analysis code may carry.
/// </para>
/// <para>
/// Exception messages are allowed: they report a misuse or a failure to whoever called the code, not findings to the
/// reader. A text is an exception message when the finished string goes straight into the constructor of a type
/// derived from <see cref="Exception"/> or into a static helper declared on one (<c>ArgumentException.ThrowIf…</c>).
/// Formatting on the way (<c>FormattableString.Invariant</c>, <c>string.Format</c>) is followed. Text stored in a local
/// first and thrown later is not recognised, and is reported.
/// </para>
/// </summary>
public static partial class ReportSentenceRule
{
    /// <summary>The fewest words that make a text a sentence rather than a label.</summary>
    public const int SentenceWords = 5;

    /// <summary>The namespaces allowed to word the report; every other namespace of the core is analysis.</summary>
    public static IReadOnlyList<string> WordingNamespaces { get; } = ["Assessment.Core.Reporting", "Assessment.Core.Charts"];

    /// <summary>Words in a text, as the rule counts them.</summary>
    public static int Words(string text) => WordPattern().Count(text);

    /// <summary>True for a type of the core outside the wording namespaces (nested types go with the type they are in).</summary>
    public static bool IsAnalysis(TypeDefinition type)
    {
        var ns = InspectedAssembly.Outermost(type).Namespace;
        return (ns == "Assessment.Core" || ns.StartsWith("Assessment.Core.", StringComparison.Ordinal))
               && !WordingNamespaces.Any(w => ns == w || ns.StartsWith(w + ".", StringComparison.Ordinal));
    }

    /// <summary>Every report sentence built by analysis code, with its file, line and type.</summary>
    public static IReadOnlyList<Violation> Check(InspectedAssembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var violations = new List<Violation>();
        foreach (var type in assembly.Types.Where(t => IsAnalysis(t) && !InspectedAssembly.IsCompilerInfrastructure(InspectedAssembly.Outermost(t))))
        {
            var owner = InspectedAssembly.Outermost(type).FullName;
            foreach (var field in type.Fields.Where(f => f.HasConstant && f.Constant is string s && Words(s) >= SentenceWords))
                violations.Add(new Violation(assembly.FileOf(type), owner, $"constant {field.Name} = \"{field.Constant}\""));
            foreach (var text in type.Methods.SelectMany(TextsInCode.Of))
            {
                if (Words(text.Text) < SentenceWords || IsExceptionMessage(text.Sink, text.Method)) continue;
                violations.Add(new Violation(assembly.LocationOf(text.Method, text.At), owner, $"builds \"{text.Text}\""));
            }
        }

        return violations;
    }

    private static bool IsExceptionMessage(Instruction? sink, MethodDefinition method)
    {
        // Formatting on the way (FormattableString.Invariant, string.Format, string.Concat) is followed to where its result goes.
        for (var hops = 0; sink is not null && IsFormatting(sink) && hops < 4; hops++) sink = StackFlow.ConsumerOf(sink, method);
        return sink?.Operand is MethodReference callee && sink.OpCode.Code is Code.Newobj or Code.Call && DerivesFromException(callee.DeclaringType);
    }

    private static bool IsFormatting(Instruction instruction) =>
        instruction.OpCode.Code == Code.Call && instruction.Operand is MethodReference callee
        && callee.DeclaringType.FullName is "System.String" or "System.FormattableString" or "System.Runtime.CompilerServices.FormattableStringFactory"
        && callee.ReturnType.FullName is "System.String" or "System.FormattableString";

    private static bool DerivesFromException(TypeReference type)
    {
        try
        {
            for (var t = type.Resolve(); t is not null; t = t.BaseType?.Resolve())
                if (t.FullName == "System.Exception") return true;
            return false;
        }
        catch (AssemblyResolutionException)
        {
            // Resolution needs the referenced assembly; without it the naming convention is the best evidence left.
            return type.Name.EndsWith("Exception", StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\p{L}+(?:['’\-–]\p{L}+)*")]
    private static partial Regex WordPattern();
}
