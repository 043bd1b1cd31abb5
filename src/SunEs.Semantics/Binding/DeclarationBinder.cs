using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Ties every declaration to an entity: new declarations create entities, amendments ("modifié")
/// attach to the entity an amended text declared. Programmes come first, so that each text knows
/// its programme before its other declarations enter that programme's namespace.
/// </summary>
internal sealed class DeclarationBinder(SemanticDiagnostics diagnostics)
{
    public List<DeclarationSite> Sites { get; } = [];

    public SymbolTable Symbols { get; } = new();

    public void Collect(InstructionSymbol instruction)
    {
        foreach (var declaration in instruction.Tree.Root.Declarations.OfType<INamedDeclarationSyntax>())
        {
            CollectSite(instruction, declaration, null);
        }
    }

    private void CollectSite(InstructionSymbol instruction, INamedDeclarationSyntax syntax, DeclarationSite? parent)
    {
        var site = new DeclarationSite(instruction, syntax, parent);
        Sites.Add(site);
        foreach (var child in syntax.Items.OfType<INamedDeclarationSyntax>())
        {
            CollectSite(instruction, child, site);
        }
    }

    /// <summary>
    /// Programmes, then the programme of each text, then the other declarations (in the order texts
    /// apply, so the earliest text owns a name), then amendments.
    /// </summary>
    public void Resolve(NameResolver names, IReadOnlyList<InstructionSymbol> instructions)
    {
        var ordered = Sites.OrderBy(site => site.Instruction.Order).ThenBy(site => site.Syntax.Span.Start).ToList();
        var programmes = ordered.Where(site => site.Kind == EntityKind.Programme).ToList();
        BindAll(programmes, names);
        ProgrammeMembership.Assign(instructions, programmes, Symbols.Programmes, diagnostics);
        ReportTextsWithoutProgramme(instructions);
        BindAll(ordered.Where(site => site.Kind != EntityKind.Programme).ToList(), names);

        foreach (var site in ordered.Where(site => site is { IsAmendment: false, Entity: not null }))
        {
            site.Entity!.Parent = site.Parent?.Entity;
        }

        foreach (var site in ordered.Where(site => site is { IsAmendment: true, Entity: not null, Parent.Entity: not null }))
        {
            CheckParent(site);
        }

        foreach (var entity in Symbols.All)
        {
            entity.SortContributions();
        }
    }

    /// <summary>The entity a declaration site names in its namespace, declared or amended, or null.</summary>
    public EntitySymbol? Find(DeclarationSite site) => Symbols.Find(Namespace(site), site.Syntax.Name.Text);

    private void BindAll(IReadOnlyList<DeclarationSite> sites, NameResolver names)
    {
        foreach (var site in sites.Where(site => !site.IsAmendment))
        {
            Declare(site, names);
        }

        foreach (var site in sites.Where(site => site.IsAmendment))
        {
            Amend(site, names);
        }
    }

    /// <summary>A programme is its own namespace; what a programme block holds belongs to it; anything else to the text's programme.</summary>
    private static EntitySymbol? Namespace(DeclarationSite site)
    {
        var root = site;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root.Kind == EntityKind.Programme && root.Entity is { } programme ? programme : site.Instruction.Programme;
    }

    private void Declare(DeclarationSite site, NameResolver names)
    {
        var name = site.Syntax.Name;
        if (name.IsMissing)
        {
            return;
        }

        var location = site.Instruction.Tree.GetLocation(name.Span);
        var programme = Namespace(site);
        if (Symbols.Find(programme, name.Text) is { } existing)
        {
            var declaring = existing.DeclaringInstruction;
            // A datum has no "modifié" form: declaring it again is a duplicate, whatever the texts amend.
            if (site.Instruction.Amends.Contains(declaring) && existing.Kind == site.Kind && site.Kind != EntityKind.Data)
            {
                var amended = site.Kind.AmendedMarker();
                var fix = new DiagnosticFix(new LocalizedText("Marquer comme modification", "Mark as an amendment"), new Text.TextSpan(name.Span.End, 0), " " + amended);
                diagnostics.ReportWithFixes(DiagnosticCatalog.RedeclarationNeedsAmendment, location, [fix], name.Text, declaring.Number, $"{site.Kind.Keyword()} {name.Text} {amended}");
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateDeclaration, location, name.Text, existing.Declaration.Location.ToString());
            }

            return;
        }

        var contribution = new Contribution(site.Instruction, site.Syntax);
        var entity = new EntitySymbol(name.Text, site.Kind, contribution);
        entity.Programme = site.Kind == EntityKind.Programme ? entity : programme;
        if (site.Syntax is DataDeclarationSyntax data)
        {
            entity.DataType = data.Type;
            entity.CategoryValues = CategoryValues(data, site.Instruction);
        }

        Symbols.Add(entity);
        site.Entity = entity;
        site.Contribution = contribution;
        names.Record(entity, site.Instruction, name, ReferenceKind.Declaration);
    }

    private void Amend(DeclarationSite site, NameResolver names)
    {
        var name = site.Syntax.Name;
        if (name.IsMissing)
        {
            return;
        }

        var location = site.Instruction.Tree.GetLocation(name.Span);
        var programme = Namespace(site);
        if (programme is null && Symbols.Programmes.Count > 1 && site.Kind != EntityKind.Programme)
        {
            // The text's programme is unknown (SUN0215): which programme's entity it amends is too.
            return;
        }

        if (Symbols.Find(programme, name.Text) is not { } entity)
        {
            diagnostics.Report(DiagnosticCatalog.AmendmentOfUnknown, location, name.Text, SpellingSuggester.Hint(names.Suggest(name.Text, site.Kind, programme)));
            return;
        }

        names.Record(entity, site.Instruction, name, ReferenceKind.Amendment);
        if (entity.Kind != site.Kind)
        {
            diagnostics.Report(DiagnosticCatalog.WrongKindOfName, location, name.Text, entity.Kind.DescribeWithArticle(), site.Kind.DescribeWithArticle());
            return;
        }

        var owners = entity.Contributions.Select(c => c.Instruction).Distinct();
        if (!owners.Any(owner => site.Instruction.Amends.Contains(owner)))
        {
            diagnostics.Report(DiagnosticCatalog.AmendmentOutsideAmendedTexts, location, name.Text, entity.DeclaringInstruction.Number);
            return;
        }

        var contribution = new Contribution(site.Instruction, site.Syntax);
        entity.AddAmendment(contribution);
        site.Entity = entity;
        site.Contribution = contribution;
    }

    /// <summary>
    /// In a folder of several programmes, a text whose programme cannot be told may not declare or
    /// amend anything outside a programme block: reported once, at its first such declaration or grid.
    /// </summary>
    private void ReportTextsWithoutProgramme(IReadOnlyList<InstructionSymbol> instructions)
    {
        if (Symbols.Programmes.Count < 2)
        {
            return;
        }

        var known = string.Join(", ", Symbols.Programmes.Select(programme => programme.Id).Order(StringComparer.Ordinal));
        foreach (var instruction in instructions.Where(instruction => instruction.Programme is null))
        {
            var first = instruction.Tree.Root.Declarations
                .Select(declaration => declaration switch
                {
                    ProgrammeSyntax => null,
                    INamedDeclarationSyntax named => named.Name,
                    TargetGridSyntax grid => grid.Volet,
                    _ => null,
                })
                .FirstOrDefault(name => name is not null);
            if (first is not null)
            {
                diagnostics.Report(DiagnosticCatalog.TextWithoutProgramme, instruction.Tree.GetLocation(first.Span), known);
            }
        }
    }

    /// <summary>The values of a category datum, each once: an empty value, or one that differs from another only by case, accents or spacing, is reported.</summary>
    private List<string> CategoryValues(DataDeclarationSyntax data, InstructionSymbol instruction)
    {
        var values = new List<string>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in data.Values)
        {
            var text = value.Value.Trim();
            var location = instruction.Tree.GetLocation(value.Span);
            if (Binding.CategoryValues.Key(text).Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.EmptyCategoryValue, location, data.Name.Text);
            }
            else if (keys.TryGetValue(Binding.CategoryValues.Key(text), out var first))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateCategoryValue, location, text, first, data.Name.Text);
            }
            else
            {
                keys[Binding.CategoryValues.Key(text)] = text;
                values.Add(text);
            }
        }

        return values;
    }

    private void CheckParent(DeclarationSite site)
    {
        var entity = site.Entity!;
        var written = site.Parent!.Entity!;
        if (entity.Parent != written)
        {
            diagnostics.Report(DiagnosticCatalog.AmendmentWrongParent, site.Instruction.Tree.GetLocation(site.Syntax.Name.Span),
                entity.Id, entity.Parent?.Id ?? "—", written.Id);
        }
    }
}
