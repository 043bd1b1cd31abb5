namespace SunEs.Emit;

/// <summary>What to emit: which programme (needed only when the texts declare several) and under which assembly name.</summary>
public sealed record RulesEmitOptions
{
    public string? ProgrammeId { get; init; }

    /// <summary>Defaults to "SunEs.Rules." followed by the programme identifier's letters and digits.</summary>
    public string? AssemblyName { get; init; }
}
