using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>
/// Collects completion items, each replacing the word before the caret. Entities are kept as
/// candidates and made into items only when the answer takes them: a workspace of thousands of
/// entities answers at most <see cref="CompletionService.MaxItems"/>.
/// </summary>
internal sealed class CompletionItems(FeatureContext context, CompletionSite site)
{
    private readonly List<Candidate> _candidates = [];
    private readonly HashSet<(int Kind, string Label)> _labels = [];

    /// <summary>
    /// The items, all of them when there are at most <paramref name="max"/> (the list is then
    /// complete); else the first <paramref name="max"/>, those whose label begins with the typed
    /// word first, each group in the order collected.
    /// </summary>
    public CompletionList ToList(int max)
    {
        if (_candidates.Count <= max)
        {
            return new CompletionList(false, _candidates.Select(Item).ToList());
        }

        var word = Lexemes.Fold(site.Text[site.Word]);
        var beginsWithWord = _candidates.ToLookup(candidate => candidate.Folded.StartsWith(word, StringComparison.Ordinal));
        return new CompletionList(true, beginsWithWord[true].Concat(beginsWithWord[false]).Take(max).Select(Item).ToList());
    }

    public Protocol.Range ReplaceRange => PositionConverter.ToRange(site.Text, site.InsideString is { } literal ? literal.Span : site.Word);

    public void Keywords(IEnumerable<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            var folded = Lexemes.Fold(keyword);
            Add(new CompletionItem(keyword, CompletionItemKind.Keyword)
            {
                SortText = "2" + folded,
                FilterText = folded == keyword ? keyword : $"{keyword} {folded}",
                TextEdit = new TextEdit(ReplaceRange, keyword),
            });
        }
    }

    public void Entities(EntityKind kind, Func<EntitySymbol, bool>? filter = null)
    {
        var programme = context.Programme;

        // A document whose programme cannot be told names another programme's entities by their qualified name.
        var qualify = programme is null && context.Compilation.Programmes.Skip(1).Any();
        foreach (var candidate in EntityCandidates.Of(context.Compilation, kind))
        {
            var entity = candidate.Entity;
            if (FeatureContext.Sees(programme, entity) && (filter is null || filter(entity)))
            {
                Add(new Candidate(qualify ? entity.QualifiedId : entity.Id, ItemKind(kind), qualify ? candidate.FoldedQualifiedId : candidate.FoldedId, entity));
            }
        }
    }

    /// <summary>A category's values, quoted as the texts write them.</summary>
    public void Values(EntitySymbol datum)
    {
        for (var index = 0; index < datum.CategoryValues.Count; index++)
        {
            var quoted = $"\"{datum.CategoryValues[index]}\"";
            Add(new CompletionItem(datum.CategoryValues[index], CompletionItemKind.EnumMember)
            {
                Detail = context.T($"valeur de « {datum.Id} »", $"value of '{datum.Id}'"),
                SortText = "0" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                FilterText = quoted,
                TextEdit = new TextEdit(ReplaceRange, quoted),
            });
        }
    }

    /// <summary>The codes of the checks a text may waive, each with what it reports.</summary>
    public void WaivableCodes()
    {
        foreach (var descriptor in Diagnostics.DiagnosticCatalog.All.Where(descriptor => descriptor.IsWaivable))
        {
            Add(new CompletionItem(descriptor.Code, CompletionItemKind.Constant)
            {
                Detail = descriptor.Format(context.Language),
                SortText = "0" + descriptor.Code,
                TextEdit = new TextEdit(ReplaceRange, descriptor.Code + " \"motif\""),
            });
        }
    }

    /// <summary>min and max, inserted with their parentheses and two placeholders.</summary>
    public void Functions()
    {
        foreach (var (name, french, english) in new[] { ("min", "la plus petite des valeurs", "the smallest of the values"), ("max", "la plus grande des valeurs", "the largest of the values") })
        {
            Add(new CompletionItem(name, CompletionItemKind.Function)
            {
                Detail = $"{name}(a, b, …) — " + context.T(french, english),
                SortText = "2" + name,
                InsertTextFormat = InsertTextFormat.Snippet,
                TextEdit = new TextEdit(ReplaceRange, name + "(${1:a}, ${2:b})$0"),
            });
        }
    }

    /// <summary>The instruction numbers known to the workspace, as quoted strings (the current text's own excepted).</summary>
    public void Instructions()
    {
        var own = context.Instruction;
        foreach (var instruction in context.Compilation.Instructions.Where(i => i != own))
        {
            var quoted = $"\"{instruction.Number}\"";
            Add(new CompletionItem(instruction.Number, CompletionItemKind.Reference)
            {
                Detail = instruction.Title,
                Documentation = instruction.AppliesFrom is { } applies
                    ? MarkupContent.Markdown(context.T("Applicable le ", "Applies from ") + Display.Date(applies, context.Language))
                    : null,
                SortText = "0" + instruction.Number,
                FilterText = site.InsideString is null ? instruction.Number : quoted,
                TextEdit = new TextEdit(ReplaceRange, quoted),
            });
        }
    }

    /// <summary>The territories an establishment may be in, as quoted strings.</summary>
    public void Territories(Func<KnownTerritory, bool> filter)
    {
        foreach (var territory in KnownTerritories.All.Where(filter))
        {
            var quoted = $"\"{territory.Name}\"";
            Add(new CompletionItem(territory.Name, CompletionItemKind.Value)
            {
                Detail = territory.IsOverseas ? context.T("territoire d'outre-mer", "overseas territory") : context.T("métropole", "metropolitan France"),
                SortText = "0" + Lexemes.Fold(territory.Name),
                FilterText = site.InsideString is null ? Lexemes.Fold(territory.Name) : quoted,
                TextEdit = new TextEdit(ReplaceRange, quoted),
            });
        }
    }

    public void Snippet(string label, string detail, string body)
    {
        Add(new CompletionItem(label, CompletionItemKind.Snippet)
        {
            Detail = detail,
            SortText = "3" + Lexemes.Fold(label),
            FilterText = Lexemes.Fold(label),
            InsertTextFormat = InsertTextFormat.Snippet,
            TextEdit = new TextEdit(ReplaceRange, body),
        });
    }

    private void Add(CompletionItem item) => Add(new Candidate(item.Label, item.Kind, null, null) { Item = item });

    private void Add(Candidate candidate)
    {
        if (_labels.Add((candidate.Kind, candidate.Label)))
        {
            _candidates.Add(candidate);
        }
    }

    private CompletionItem Item(Candidate candidate) => candidate.Item ?? EntityItem(candidate.Entity!, candidate.Label, candidate.Kind);

    private CompletionItem EntityItem(EntitySymbol entity, string name, int kind)
    {
        var detail = Display.Kind(entity.Kind, context.Language) + (entity.DataType is { } type ? " : " + Display.DataType(type, context.Language) : string.Empty);
        return new CompletionItem(name, kind)
        {
            Detail = entity.Label is { } label ? $"{detail} — {label}" : detail,
            SortText = "1" + name,
            TextEdit = new TextEdit(ReplaceRange, name),
        };
    }

    /// <summary>An item, or the entity it will be made of; its label folded as the typed word is compared (computed when first needed).</summary>
    private sealed record Candidate(string Label, int Kind, string? FoldedLabel, EntitySymbol? Entity)
    {
        public CompletionItem? Item { get; init; }

        public string Folded => field ??= FoldedLabel ?? Lexemes.Fold(Label);
    }

    private static int ItemKind(EntityKind kind) => kind switch
    {
        EntityKind.Programme or EntityKind.Volet => CompletionItemKind.Module,
        EntityKind.Domain => CompletionItemKind.Class,
        EntityKind.Indicator => CompletionItemKind.Field,
        EntityKind.Window => CompletionItemKind.Event,
        EntityKind.Prerequisite => CompletionItemKind.Interface,
        EntityKind.Data => CompletionItemKind.Variable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };
}
