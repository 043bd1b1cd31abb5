using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Ties every declaration to an entity: new declarations create entities (one namespace for
/// all identifiers), amendments ("modifié") attach to the entity an amended text declared.
/// </summary>
internal sealed class DeclarationBinder(SemanticDiagnostics diagnostics)
{
    public List<DeclarationSite> Sites { get; } = [];

    public Dictionary<string, EntitySymbol> Entities { get; } = new(StringComparer.Ordinal);

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

    /// <summary>Declarations first (in the order texts apply, so the earliest text owns a name), then amendments.</summary>
    public void Resolve(NameResolver names)
    {
        var ordered = Sites.OrderBy(site => site.Instruction.Order).ThenBy(site => site.Syntax.Span.Start).ToList();
        foreach (var site in ordered.Where(site => !site.IsAmendment))
        {
            Declare(site, names);
        }

        foreach (var site in ordered.Where(site => site.IsAmendment))
        {
            Amend(site, names);
        }

        foreach (var site in ordered.Where(site => site is { IsAmendment: false, Entity: not null }))
        {
            site.Entity!.Parent = site.Parent?.Entity;
        }

        foreach (var site in ordered.Where(site => site is { IsAmendment: true, Entity: not null, Parent.Entity: not null }))
        {
            CheckParent(site);
        }

        foreach (var entity in Entities.Values)
        {
            entity.SortContributions();
        }
    }

    private void Declare(DeclarationSite site, NameResolver names)
    {
        var name = site.Syntax.Name;
        if (name.IsMissing)
        {
            return;
        }

        var location = site.Instruction.Tree.GetLocation(name.Span);
        if (Entities.TryGetValue(name.Text, out var existing))
        {
            var declaring = existing.DeclaringInstruction;
            // A datum has no "modifié" form: declaring it again is a duplicate, whatever the texts amend.
            if (site.Instruction.Amends.Contains(declaring) && existing.Kind == site.Kind && site.Kind != EntityKind.Data)
            {
                var amended = site.Kind == EntityKind.Window ? "modifiée" : "modifié";
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
        if (site.Syntax is DataDeclarationSyntax data)
        {
            entity.DataType = data.Type;
        }

        Entities[name.Text] = entity;
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
        if (!Entities.TryGetValue(name.Text, out var entity))
        {
            diagnostics.Report(DiagnosticCatalog.AmendmentOfUnknown, location, name.Text, SpellingSuggester.Hint(names.Suggest(name.Text, site.Kind)));
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
