using SunEs.Emit;
using SunEs.LanguageServer.Protocol;

namespace SunEs.LanguageServer.Features.Programmes;

/// <summary>
/// sunes/compile: the programme of a document compiled in memory, as `sunes build` would, with
/// every text of the workspace. The answer lists the diagnostics of every text (the compiler's
/// and the code generator's), each with its document, in the client's language.
/// </summary>
public static class CompileService
{
    public static (CompileResult Result, RulesEmitResult Emitted) Compile(FeatureContext context)
    {
        var programme = ProgrammeOfDocument.Find(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        var emitted = RulesEmitter.Emit(context.Compilation, new RulesEmitOptions { ProgrammeId = programme?.Id });
        context.CancellationToken.ThrowIfCancellationRequested();

        var diagnostics = context.Compilation.Diagnostics
            .Select(diagnostic => (Document: context.Snapshot.FindBySource(diagnostic.Location.Source), Diagnostic: DiagnosticConverter.Convert(diagnostic, context.Language)))
            .Where(pair => pair.Document is not null)
            .Select(pair => new CompileDiagnostic(pair.Document!.Uri, pair.Diagnostic.Range, pair.Diagnostic.Severity, pair.Diagnostic.Code, pair.Diagnostic.Message))
            .Concat(emitted.Diagnostics.Select(diagnostic => Convert(context, diagnostic)))
            .ToList();
        var result = new CompileResult(
            emitted.Success,
            emitted.ProgrammeId ?? programme?.Id ?? string.Empty,
            emitted.Success ? context.Compilation.Instructions.Where(instruction => instruction.Programme == programme).Select(instruction => instruction.Number).ToList() : [],
            diagnostics);
        return (result, emitted);
    }

    /// <summary>A problem of the code generator: where it maps into a text, there; else at the start of the document asked about.</summary>
    private static CompileDiagnostic Convert(FeatureContext context, EmitDiagnostic diagnostic)
    {
        var location = diagnostic.Location is { } mapped ? context.Snapshot.ToLocation(mapped) : null;
        var start = new Position(0, 0);
        return new CompileDiagnostic(
            location?.Uri ?? context.Document.Uri,
            location?.Range ?? new Protocol.Range(start, start),
            diagnostic.IsError ? LspDiagnosticSeverity.Error : LspDiagnosticSeverity.Warning,
            diagnostic.Code,
            diagnostic.Message.In(context.Language));
    }
}
