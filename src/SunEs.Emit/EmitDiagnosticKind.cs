namespace SunEs.Emit;

public enum EmitDiagnosticKind
{
    /// <summary>The texts have errors: nothing is generated from broken rules.</summary>
    SourceHasErrors,

    /// <summary>The texts declare no such programme, or several when none was named.</summary>
    ProgrammeNotFound,

    /// <summary>No instruction declaring the programme has an application date: its rules are never in force.</summary>
    ProgrammeNeverInForce,

    /// <summary>The C# compiler rejected the generated code: a bug of SunEs, never of the texts.</summary>
    GeneratedCodeRejected,

    /// <summary>The C# compiler warned about the generated code (the assembly is still produced).</summary>
    GeneratedCodeWarning,

    /// <summary>The assembly verifier refused the compiled rules (they would use a forbidden API or unsafe code): a bug of SunEs, never of the texts.</summary>
    AssemblyRefused,
}
