using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Inspection;

/// <summary>
/// Finds the text a method builds. The C# compiler splits an interpolated string into literal parts handed to
/// <c>DefaultInterpolatedStringHandler.AppendLiteral</c> or into arguments of <c>string.Concat</c>; the parts of one
/// string are put back together here, so a sentence cut into short pieces is still read as a sentence.
/// </summary>
public static class TextsInCode
{
    private const string Handler = "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler";
    private const string Hole = "{…}";

    /// <summary>The texts built in <paramref name="method"/>'s body, in order of their first literal.</summary>
    public static IReadOnlyList<TextInCode> Of(MethodDefinition method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!method.HasBody) return [];
        var found = new List<TextInCode>();
        var open = new Stack<(StringBuilder Text, Instruction? First)>();
        var concatenations = new Dictionary<Instruction, List<Instruction>>();
        foreach (var i in method.Body.Instructions)
        {
            var callee = i.Operand as MethodReference;
            if (callee?.DeclaringType.FullName == Handler && callee.Name == ".ctor") open.Push((new StringBuilder(), null));
            else if (callee?.DeclaringType.FullName == Handler && callee.Name == "AppendFormatted" && open.Count > 0) open.Peek().Text.Append(Hole);
            else if (IsHandlerEnd(callee) && open.Count > 0)
            {
                var (text, first) = open.Pop();
                if (first is not null) found.Add(new TextInCode(text.ToString(), method, first, StackFlow.ConsumerOf(i, method)));
            }
            else if (i.OpCode.Code == Code.Ldstr)
            {
                var literal = (string)i.Operand;
                if (i.Next?.Operand is MethodReference { Name: "AppendLiteral" } append && append.DeclaringType.FullName == Handler && open.Count > 0)
                {
                    var (text, first) = open.Pop();
                    open.Push((text.Append(literal), first ?? i));
                    continue;
                }

                var sink = StackFlow.ConsumerOf(i, method);
                if (ConcatenationOf(i, sink, method) is { } concat)
                {
                    if (!concatenations.TryGetValue(concat, out var parts)) concatenations[concat] = parts = [];
                    parts.Add(i);
                }
                else found.Add(new TextInCode(literal, method, i, sink));
            }
        }

        found.AddRange(concatenations.Select(c => new TextInCode(
            string.Join(Hole, c.Value.Select(p => (string)p.Operand)), method, c.Value[0], StackFlow.ConsumerOf(c.Key, method))));
        return [.. found.OrderBy(t => t.At.Offset)];
    }

    private static bool IsHandlerEnd(MethodReference? callee) =>
        callee is not null && ((callee.DeclaringType.FullName == Handler && callee.Name == "ToStringAndClear")
            || (callee.DeclaringType.FullName == "System.String" && callee.Name == "Create" && callee.Parameters.Any(p => p.ParameterType.GetElementType().FullName == Handler)));

    /// <summary>The <c>string.Concat</c> call a literal is an argument of, directly or as an element of its array argument.</summary>
    private static Instruction? ConcatenationOf(Instruction literal, Instruction? sink, MethodDefinition method)
    {
        if (IsConcat(sink)) return sink;
        if (sink?.OpCode.Code != Code.Stelem_Ref) return null;
        for (var i = literal.Previous; i is not null; i = i.Previous)
        {
            if (i.OpCode.Code != Code.Newarr) continue;
            var arraySink = StackFlow.ConsumerOf(i, method);
            return IsConcat(arraySink) ? arraySink : null;
        }

        return null;
    }

    private static bool IsConcat(Instruction? i) =>
        i?.Operand is MethodReference { Name: "Concat" } m && m.DeclaringType.FullName == "System.String";
}
