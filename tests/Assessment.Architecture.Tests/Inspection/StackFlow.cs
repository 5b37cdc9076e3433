using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Inspection;

/// <summary>
/// Follows a value pushed on the IL evaluation stack forward to the instruction that pops it. Straight-line code and
/// unconditional branches are followed; a value stored in a local and used later is reported as consumed by the store,
/// which the rules treat as "not an exception message" (the safe side: such code is reported, not excused).
/// </summary>
public static class StackFlow
{
    private const int MaxSteps = 400;

    /// <summary>The instruction that pops the value <paramref name="producer"/> pushes, or null if it cannot be followed.</summary>
    public static Instruction? ConsumerOf(Instruction producer, MethodDefinition method)
    {
        ArgumentNullException.ThrowIfNull(producer);
        ArgumentNullException.ThrowIfNull(method);
        var above = 0; // values pushed on top of the one followed
        var current = producer.Next;
        for (var steps = 0; current is not null && steps < MaxSteps; steps++)
        {
            if (current.OpCode.Code == Code.Dup)
            {
                // A copy goes on top; the value followed (or the one above it) stays where it was.
                above++;
                current = current.Next;
                continue;
            }

            var pops = Pops(current, method);
            if (pops > above) return current;
            above = above - pops + Pushes(current);
            current = current.OpCode.FlowControl == FlowControl.Branch ? current.Operand as Instruction : current.Next;
        }

        return null;
    }

    private static int Pops(Instruction instruction, MethodDefinition method) => instruction.OpCode.StackBehaviourPop switch
    {
        StackBehaviour.Pop0 => 0,
        StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
        StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8
            or StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
        StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8 or StackBehaviour.Popref_popi_popr4
            or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref => 3,
        StackBehaviour.PopAll => int.MaxValue,
        StackBehaviour.Varpop => VariablePops(instruction, method),
        _ => 0,
    };

    private static int VariablePops(Instruction instruction, MethodDefinition method)
    {
        if (instruction.OpCode.Code == Code.Ret) return method.ReturnType.MetadataType == MetadataType.Void ? 0 : 1;
        return instruction.Operand switch
        {
            MethodReference m => m.Parameters.Count + (m.HasThis && instruction.OpCode.Code != Code.Newobj ? 1 : 0),
            CallSite site => site.Parameters.Count + (site.HasThis ? 1 : 0) + 1,
            _ => 0,
        };
    }

    private static int Pushes(Instruction instruction) => instruction.OpCode.StackBehaviourPush switch
    {
        StackBehaviour.Push0 => 0,
        StackBehaviour.Push1_push1 => 2,
        StackBehaviour.Varpush => instruction.OpCode.Code == Code.Newobj ? 1
            : instruction.Operand is IMethodSignature m && m.ReturnType.MetadataType != MetadataType.Void ? 1 : 0,
        _ => 1,
    };
}
