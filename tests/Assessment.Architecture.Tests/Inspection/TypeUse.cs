using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Assessment.Architecture.Tests.Inspection;

/// <summary>One place where a type of the inspected assembly mentions another type.</summary>
/// <param name="User">The type whose definition or code holds the mention.</param>
/// <param name="Used">The type mentioned, with arrays, by-refs and generic instances taken apart.</param>
/// <param name="Member">The field or method called or read, when the mention is a member reference.</param>
/// <param name="Method">The method whose signature, locals or body holds the mention; null for base types, interfaces and fields.</param>
/// <param name="Instruction">The IL instruction, when the mention is in a method body.</param>
public sealed record TypeUse(TypeDefinition User, TypeReference Used, MemberReference? Member, MethodDefinition? Method, Instruction? Instruction);
