using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Inspection;

/// <summary>
/// Every type a type mentions in compiled form: base type, interfaces, field types, method signatures, locals, and
/// every type, method and field an instruction refers to (generic arguments and element types included).
/// </summary>
public static class TypeUses
{
    /// <summary>The mentions made by <paramref name="type"/> itself (not by its nested types: list those separately).</summary>
    public static IEnumerable<TypeUse> Of(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.BaseType is { } baseType)
            foreach (var t in Expand(baseType)) yield return new TypeUse(type, t, null, null, null);
        foreach (var i in type.Interfaces)
            foreach (var t in Expand(i.InterfaceType)) yield return new TypeUse(type, t, null, null, null);
        foreach (var field in type.Fields)
            foreach (var t in Expand(field.FieldType)) yield return new TypeUse(type, t, null, null, null);
        foreach (var method in type.Methods)
            foreach (var use in InMethod(type, method)) yield return use;
    }

    private static IEnumerable<TypeUse> InMethod(TypeDefinition type, MethodDefinition method)
    {
        foreach (var t in Expand(method.ReturnType)) yield return new TypeUse(type, t, null, method, null);
        foreach (var p in method.Parameters)
            foreach (var t in Expand(p.ParameterType)) yield return new TypeUse(type, t, null, method, null);
        if (!method.HasBody) yield break;
        foreach (var v in method.Body.Variables)
            foreach (var t in Expand(v.VariableType)) yield return new TypeUse(type, t, null, method, null);
        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference operand:
                    foreach (var t in Expand(operand)) yield return new TypeUse(type, t, null, method, instruction);
                    break;
                case MethodReference callee:
                    foreach (var t in Signature(callee)) yield return new TypeUse(type, t, callee, method, instruction);
                    break;
                case FieldReference field:
                    foreach (var t in Expand(field.DeclaringType).Concat(Expand(field.FieldType)))
                        yield return new TypeUse(type, t, field, method, instruction);
                    break;
            }
        }
    }

    private static IEnumerable<TypeReference> Signature(MethodReference method)
    {
        foreach (var t in Expand(method.DeclaringType)) yield return t;
        foreach (var t in Expand(method.ReturnType)) yield return t;
        foreach (var p in method.Parameters)
            foreach (var t in Expand(p.ParameterType)) yield return t;
        if (method is GenericInstanceMethod generic)
            foreach (var t in generic.GenericArguments.SelectMany(Expand)) yield return t;
    }

    /// <summary>The named types inside a type reference: <c>List&lt;Stream[]&gt;</c> gives List`1 and Stream.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var t in generic.GenericArguments.SelectMany(Expand)) yield return t;
                yield break;
            case FunctionPointerType:
                yield break;
            case TypeSpecification spec: // arrays, pointers, by-refs, modifiers
                foreach (var t in Expand(spec.ElementType)) yield return t;
                yield break;
            default:
                yield return type;
                break;
        }
    }
}
