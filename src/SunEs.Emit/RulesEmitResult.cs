namespace SunEs.Emit;

/// <summary>
/// The outcome of emitting one programme: the generated C# (whenever it could be written), and
/// the assembly and its portable PDB only when the C# compiler accepted it without error.
/// </summary>
public sealed record RulesEmitResult(
    string? ProgrammeId,
    string AssemblyName,
    string? GeneratedSource,
    byte[]? Assembly,
    byte[]? Pdb,
    IReadOnlyList<EmitDiagnostic> Diagnostics)
{
    public bool Success => Assembly is not null && !Diagnostics.Any(diagnostic => diagnostic.IsError);
}
