using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>Collects semantic diagnostics; the same code at the same place is reported once.</summary>
internal sealed class SemanticDiagnostics
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(string Code, SourceText Source, int Start)> _seen = [];

    public IReadOnlyList<Diagnostic> All => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        ReportWithFixes(descriptor, location, [], arguments);

    public void ReportWithFixes(DiagnosticDescriptor descriptor, Location location, IReadOnlyList<DiagnosticFix> fixes, params object[] arguments)
    {
        if (_seen.Add((descriptor.Code, location.Source, location.Span.Start)))
        {
            _diagnostics.Add(new Diagnostic(descriptor, location, fixes, arguments));
        }
    }
}
