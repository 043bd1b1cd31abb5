using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features;

/// <summary>
/// The outline of a document, from its syntax alone: the instruction, then programme → volets →
/// domains → indicators, windows, prerequisites, data, target grids (with their rows) and tests.
/// </summary>
public static class DocumentSymbolService
{
    public static IReadOnlyList<DocumentSymbol> DocumentSymbols(SyntaxTree tree)
    {
        var text = tree.Text;
        var symbols = new List<DocumentSymbol>();
        if (tree.Root.Header is { } header)
        {
            symbols.Add(Symbol(text, "instruction " + Name(header.Number.Value), SymbolKind.Module, header.Span, header.Number.Span, null, []));
        }

        foreach (var declaration in tree.Root.Declarations)
        {
            if (Declaration(text, declaration) is { } symbol)
            {
                symbols.Add(symbol);
            }
        }

        return symbols;
    }

    private static DocumentSymbol? Declaration(SourceText text, SyntaxNode node) => node switch
    {
        ProgrammeSyntax programme => Named(text, programme, SymbolKind.Namespace, programme.Items.OfType<VoletSyntax>()),
        VoletSyntax volet => Named(text, volet, SymbolKind.Package, volet.Items.OfType<DomainSyntax>()),
        DomainSyntax domain => Named(text, domain, SymbolKind.Class, domain.Items.OfType<IndicatorSyntax>()),
        IndicatorSyntax indicator => Named(text, indicator, SymbolKind.Field, []),
        WindowSyntax window => Named(text, window, SymbolKind.Event, []),
        PrerequisiteSyntax prerequisite => Named(text, prerequisite, SymbolKind.Interface, []),
        DataDeclarationSyntax data => Symbol(text, Name(data.Name.Text), SymbolKind.Variable, data.Span, data.Name.Span,
            string.Join(" — ", new[] { data.Type is { } type ? text[data.TypeSpan] : null, data.Label?.Text }.OfType<string>()), []),
        TargetGridSyntax grid => Symbol(text, $"cibles du volet {Name(grid.Volet.Text)}", SymbolKind.Array, grid.Span, grid.Volet.Span,
            grid.AmendedKeyword is null ? null : grid.AmendedKeyword.Text,
            grid.Rows.Select(row => Symbol(text, Name(row.Indicator.Text), SymbolKind.Field, row.Span, row.Indicator.Span, null, [])).ToList()),
        TestSyntax test => Symbol(text, "test " + Name(test.Name.Value), SymbolKind.Method, test.Span, test.Name.Span, null, []),
        _ => null,
    };

    private static DocumentSymbol Named(SourceText text, INamedDeclarationSyntax declaration, int kind, IEnumerable<SyntaxNode> children)
    {
        var detail = declaration.Label?.Text;
        if (declaration.AmendedKeyword is { } amended)
        {
            detail = detail is null ? amended.Text : $"{amended.Text} — {detail}";
        }

        return Symbol(text, Name(declaration.Name.Text), kind, declaration.Span, declaration.Name.Span, detail,
            children.Select(child => Declaration(text, child)).OfType<DocumentSymbol>().ToList());
    }

    private static DocumentSymbol Symbol(SourceText text, string name, int kind, TextSpan span, TextSpan selection, string? detail, IReadOnlyList<DocumentSymbol> children)
    {
        if (selection.Start < span.Start || selection.End > span.End)
        {
            selection = new TextSpan(span.Start, 0);
        }

        return new DocumentSymbol(name, kind, PositionConverter.ToRange(text, span), PositionConverter.ToRange(text, selection))
        {
            Detail = string.IsNullOrEmpty(detail) ? null : detail,
            Children = children.Count == 0 ? null : children,
        };
    }

    /// <summary>Clients reject empty names: a name the parser could not find reads "?".</summary>
    private static string Name(string name) => string.IsNullOrWhiteSpace(name) ? "?" : name.Trim();
}
