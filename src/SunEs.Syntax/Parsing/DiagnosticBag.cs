using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>Collects the diagnostics of one text, reporting each code at a given position only once.</summary>
internal sealed class DiagnosticBag(SourceText text)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(string Code, int Start)> _seen = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        ReportWithFixes(descriptor, span, [], arguments);

    /// <summary>Adds what another bag of the same text collected.</summary>
    public void Add(DiagnosticBag other)
    {
        foreach (var diagnostic in other._diagnostics.Where(diagnostic => _seen.Add((diagnostic.Code, diagnostic.Location.Span.Start))))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void ReportWithFixes(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<DiagnosticFix> fixes, params object[] arguments)
    {
        if (_seen.Add((descriptor.Code, span.Start)))
        {
            _diagnostics.Add(new Diagnostic(descriptor, new Location(text, span), fixes, arguments));
        }
    }
}
