using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Inspection;

/// <summary>A piece of text a method builds: one string literal, or the literal parts of one interpolated string or concatenation.</summary>
/// <param name="Text">The literal text; each interpolation hole is written "{…}".</param>
/// <param name="Method">The method that holds it.</param>
/// <param name="At">The first literal's instruction, for the source line.</param>
/// <param name="Sink">The instruction the finished string goes to (a call, a store, a return), or null if it could not be followed.</param>
public sealed record TextInCode(string Text, MethodDefinition Method, Instruction At, Instruction? Sink);
