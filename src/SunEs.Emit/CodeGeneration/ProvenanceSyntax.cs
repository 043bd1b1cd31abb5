using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Semantics;
using SunEs.Text;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>Provenance constants: "new Provenance(instruction, path, line, column, excerpt, replaced, assumption)".</summary>
internal static class ProvenanceSyntax
{
    public static ExpressionSyntax Of<T>(Sourced<T>? sourced) =>
        sourced is null ? Code.Null : Create(sourced.Instruction, sourced.Location, Of(sourced.Replaced), sourced.Assumption);

    public static ExpressionSyntax Of(InstructionSymbol instruction, Location location, Assumption? assumption = null) =>
        Create(instruction, location, Code.Null, assumption);

    private static ExpressionSyntax Create(InstructionSymbol instruction, Location location, ExpressionSyntax replaced, Assumption? assumption) =>
        Code.New(nameof(R.Provenance),
            Code.String(instruction.Number),
            Code.String(location.Source.Path),
            Code.Int(location.Start.Line + 1),
            Code.Int(location.Start.Character + 1),
            Code.String(location.Excerpt),
            replaced,
            assumption is null ? Code.Null : Code.New(nameof(R.AssumptionNote), Code.Bool(assumption.IsInference), Code.String(assumption.Reason)));
}
