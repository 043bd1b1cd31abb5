using SunEs.Diagnostics;
using SunEs.Emit;
using SunEs.Semantics;

namespace SunEs.Cli.Compiling;

/// <summary>
/// Compiles every programme the texts declare to an assembly, as <c>build</c> and <c>test</c>
/// need. A programme the C# compiler rejects is a defect of SunEs: its diagnostics are printed
/// at the instruction's location and the command stops with <see cref="ExitCodes.InternalError"/>.
/// </summary>
internal static class ProgrammeEmits
{
    /// <summary>One emit result per programme, in declaration order; null when one failed (its diagnostics are already printed).</summary>
    public static IReadOnlyList<RulesEmitResult>? EmitAll(Compilation compilation, TextWriter output, MessageLanguage language)
    {
        var results = compilation.Programmes
            .Select(programme => RulesEmitter.Emit(compilation, new RulesEmitOptions { ProgrammeId = programme.Id }))
            .ToList();
        foreach (var diagnostic in results.SelectMany(result => result.Diagnostics))
        {
            output.WriteLine(FormatLine(diagnostic, language));
        }

        return results.All(result => result.Success) ? results : null;
    }

    /// <summary><c>path(line,col): error CS0103: message</c>, at the instruction line the generated code came from.</summary>
    public static string FormatLine(EmitDiagnostic diagnostic, MessageLanguage language)
    {
        var path = diagnostic.Location?.Source.Path ?? diagnostic.MappedPath ?? "sunes";
        var line = diagnostic.MappedLine ?? (diagnostic.Location?.Start.Line + 1) ?? 1;
        var column = diagnostic.MappedColumn ?? (diagnostic.Location?.Start.Character + 1) ?? 1;
        var severity = diagnostic.IsError ? "error" : "warning";
        return $"{path}({line},{column}): {severity} {diagnostic.Code}: {diagnostic.Message.In(language)}";
    }
}
