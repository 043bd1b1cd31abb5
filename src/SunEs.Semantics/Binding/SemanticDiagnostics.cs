using SunEs.Diagnostics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>Collects semantic diagnostics; the same code at the same place is reported once.</summary>
internal sealed class SemanticDiagnostics
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(string Code, SourceText Source, int Start)> _seen = [];
    private readonly GarbledDeclarations _garbled = new();

    public IReadOnlyList<Diagnostic> All => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        ReportWithFixes(descriptor, location, [], arguments);

    /// <summary>
    /// Reports that a declaration lacks a part, unless one of its texts (<paramref name="declarations"/>)
    /// holds a syntax error: the part is then most likely what the parser could not read.
    /// </summary>
    public void ReportMissingPart(DiagnosticDescriptor descriptor, Location location, IEnumerable<(SyntaxTree Tree, TextSpan Span)> declarations,
        params object[] arguments)
    {
        if (!IsGarbled(declarations))
        {
            Report(descriptor, location, arguments);
        }
    }

    /// <summary>True when one of <paramref name="declarations"/> holds a syntax error, so a part it seems to lack may be one the parser could not read.</summary>
    public bool IsGarbled(IEnumerable<(SyntaxTree Tree, TextSpan Span)> declarations) =>
        declarations.Any(declaration => _garbled.Contains(declaration.Tree, declaration.Span));

    public void ReportWithFixes(DiagnosticDescriptor descriptor, Location location, IReadOnlyList<DiagnosticFix> fixes, params object[] arguments)
    {
        if (_seen.Add((descriptor.Code, location.Source, location.Span.Start)))
        {
            _diagnostics.Add(new Diagnostic(descriptor, location, fixes, arguments));
        }
    }
}
