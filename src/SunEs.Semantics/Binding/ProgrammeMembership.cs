using SunEs.Diagnostics;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Tells which programme each text belongs to: the programme it declares or amends; else the one
/// programme of the texts it is linked to by amendments, in either direction (a text that only
/// moves a window's dates, or one that only the texts amending it place); else the only programme
/// of the folder. A text that writes about two programmes is reported.
/// </summary>
internal static class ProgrammeMembership
{
    public static void Assign(IReadOnlyList<InstructionSymbol> instructions, IReadOnlyList<DeclarationSite> programmeSites,
        IReadOnlyCollection<EntitySymbol> programmes, SemanticDiagnostics diagnostics)
    {
        var direct = new Dictionary<InstructionSymbol, EntitySymbol>();
        foreach (var site in programmeSites.Where(site => site.Entity is not null).OrderBy(site => site.Syntax.Span.Start))
        {
            if (!direct.TryAdd(site.Instruction, site.Entity!) && direct[site.Instruction] != site.Entity)
            {
                diagnostics.Report(DiagnosticCatalog.SeveralProgrammesInText, site.Instruction.Tree.GetLocation(site.Syntax.Name.Span),
                    direct[site.Instruction].Id, site.Entity!.Id);
            }
        }

        var amendedBy = instructions.SelectMany(amending => amending.Amends.Select(amended => (amended, amending)))
            .ToLookup(pair => pair.amended, pair => pair.amending);
        var only = programmes.Count == 1 ? programmes.First() : null;
        foreach (var instruction in instructions)
        {
            instruction.Programme = direct.GetValueOrDefault(instruction) ?? Linked(instruction, direct, amendedBy) ?? only;
        }
    }

    /// <summary>The single programme declared or amended among the texts linked to <paramref name="start"/> by amendments; null when none or several.</summary>
    private static EntitySymbol? Linked(InstructionSymbol start, Dictionary<InstructionSymbol, EntitySymbol> direct, ILookup<InstructionSymbol, InstructionSymbol> amendedBy)
    {
        var seen = new HashSet<InstructionSymbol> { start };
        var pending = new Queue<InstructionSymbol>([start]);
        var found = new HashSet<EntitySymbol>();
        while (pending.TryDequeue(out var instruction))
        {
            if (direct.TryGetValue(instruction, out var programme))
            {
                found.Add(programme);
            }

            foreach (var next in instruction.Amends.Concat(amendedBy[instruction]).Where(seen.Add))
            {
                pending.Enqueue(next);
            }
        }

        return found.Count == 1 ? found.First() : null;
    }
}
