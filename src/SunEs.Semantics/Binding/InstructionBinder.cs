using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Reads each file's header into an <see cref="InstructionSymbol"/>, resolves what each text
/// amends, rejects cycles, and orders the texts in which their amendments apply.
/// </summary>
internal sealed class InstructionBinder(SemanticDiagnostics diagnostics, SpellingSuggester speller)
{
    public Dictionary<SyntaxTree, InstructionSymbol> Bind(IReadOnlyList<SyntaxTree> trees)
    {
        var byTree = new Dictionary<SyntaxTree, InstructionSymbol>();
        var byNumber = new Dictionary<string, InstructionSymbol>(StringComparer.Ordinal);
        var amendedNames = new Dictionary<InstructionSymbol, IReadOnlyList<StringSyntax>>();
        foreach (var tree in trees)
        {
            var header = tree.Root.Header;
            if (header is null)
            {
                diagnostics.Report(DiagnosticCatalog.MissingHeader, tree.GetLocation(new Text.TextSpan(tree.Root.Span.Start, 0)));
                continue;
            }

            var instruction = ReadHeader(tree, header, out var amended);
            if (instruction.Number.Length == 0)
            {
                continue;
            }

            if (byNumber.TryGetValue(instruction.Number, out var existing))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateInstruction, instruction.Location, instruction.Number, existing.Tree.Text.Path);
                continue;
            }

            byNumber[instruction.Number] = instruction;
            byTree[tree] = instruction;
            amendedNames[instruction] = amended;
        }

        var numbers = new SpellingVocabulary(byNumber.Keys);
        foreach (var (instruction, names) in amendedNames)
        {
            instruction.Amends = ResolveAmended(instruction, names, byNumber, numbers);
        }

        Order(byTree.Values.ToList());
        return byTree;
    }

    private InstructionSymbol ReadHeader(SyntaxTree tree, InstructionHeaderSyntax header, out IReadOnlyList<StringSyntax> amended)
    {
        var instruction = new InstructionSymbol(tree, header.Number.Value.Trim(), tree.GetLocation(header.Number));
        amended = [];
        var seen = new HashSet<Type>();
        HeaderItemSyntax? previous = null;
        var applicableLine = instruction.Location;
        foreach (var item in header.Items)
        {
            if (item is AssumptionSyntax assumption)
            {
                if (previous is not null and not AssumptionSyntax && InstructionFields.Of(previous) is { } field)
                {
                    instruction.MarkAssumption(field, ContributionBinder.Of(assumption, instruction));
                }

                previous = item;
                continue;
            }

            previous = item;
            if (!seen.Add(item.GetType()))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateHeaderItem, tree.GetLocation(item), tree.Text[item.Span].Split(' ', 2)[0]);
                continue;
            }

            switch (item)
            {
                case TitleItemSyntax title:
                    instruction.Title = title.Title.Text;
                    break;
                case NorItemSyntax nor:
                    instruction.Nor = nor.Nor.Value;
                    break;
                case SignedItemSyntax signed:
                    instruction.SignedOn = signed.Date.Value;
                    break;
                case ApplicableItemSyntax applicable:
                    instruction.AppliesImmediately = applicable.IsImmediate;
                    instruction.AppliesFrom = applicable.Date?.Value;
                    applicableLine = tree.GetLocation(applicable);
                    break;
                case IssuersItemSyntax issuers:
                    instruction.Issuers = issuers.Issuers.Select(issuer => issuer.Value).ToList();
                    break;
                case AmendsItemSyntax amends:
                    amended = amends.Amended;
                    break;
            }
        }

        if (instruction.AppliesImmediately)
        {
            instruction.AppliesFrom = instruction.SignedOn;
        }

        var location = instruction.Location;
        if (!seen.Contains(typeof(SignedItemSyntax)))
        {
            diagnostics.Report(DiagnosticCatalog.MissingHeaderItem, location, instruction.Number, new LocalizedText("sa date de signature (« signée le … »)", "its signature date ('signée le …')"));
        }

        if (!seen.Contains(typeof(ApplicableItemSyntax)))
        {
            diagnostics.Report(DiagnosticCatalog.MissingHeaderItem, location, instruction.Number, new LocalizedText("sa date d'application (« applicable le … » ou « applicable immédiatement »)", "its application date ('applicable le …' or 'applicable immédiatement')"));
        }

        if (instruction is { AppliesFrom: { } applies, SignedOn: { } signedOn } && applies < signedOn)
        {
            diagnostics.Report(DiagnosticCatalog.ApplicationBeforeSignature, applicableLine, Format(applies), Format(signedOn));
        }

        return instruction;
    }

    private List<InstructionSymbol> ResolveAmended(InstructionSymbol instruction, IReadOnlyList<StringSyntax> names, Dictionary<string, InstructionSymbol> byNumber,
        SpellingVocabulary numbers)
    {
        var result = new List<InstructionSymbol>();
        foreach (var name in names)
        {
            var location = instruction.Tree.GetLocation(name);
            var number = name.Value.Trim();
            if (!byNumber.TryGetValue(number, out var amended))
            {
                var suggestions = speller.Closest(number, numbers, known => known == instruction.Number);
                var fixes = suggestions.Select(s => new DiagnosticFix(new LocalizedText($"Remplacer par « {s} »", $"Replace with '{s}'"), name.Span, $"\"{s}\"")).ToList();
                diagnostics.ReportWithFixes(DiagnosticCatalog.UnknownAmendedInstruction, location, fixes, number, SpellingSuggester.Hint(suggestions));
            }
            else if (amended == instruction)
            {
                diagnostics.Report(DiagnosticCatalog.SelfAmendment, location);
            }
            else if (result.Contains(amended))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateItem, location, number, instruction.Number);
            }
            else
            {
                if (instruction.AppliesFrom is { } applies && amended.AppliesFrom is { } amendedApplies && applies < amendedApplies)
                {
                    diagnostics.Report(DiagnosticCatalog.AmendmentBeforeAmendedText, location, Format(applies), amended.Number, Format(amendedApplies));
                }

                result.Add(amended);
            }
        }

        return result;
    }

    /// <summary>Application date, then signature date, then amended before amending; a cycle is reported and broken.</summary>
    private void Order(List<InstructionSymbol> instructions)
    {
        var depth = new Dictionary<InstructionSymbol, int>();
        foreach (var instruction in instructions)
        {
            ComputeDepth(instruction, depth, []);
        }

        var ordered = instructions
            .OrderBy(i => i.AppliesFrom ?? DateOnly.MaxValue)
            .ThenBy(i => i.SignedOn ?? DateOnly.MaxValue)
            .ThenBy(i => depth[i])
            .ThenBy(i => i.Number, StringComparer.Ordinal)
            .ToList();
        for (var index = 0; index < ordered.Count; index++)
        {
            ordered[index].Order = index;
        }
    }

    private int ComputeDepth(InstructionSymbol instruction, Dictionary<InstructionSymbol, int> depth, List<InstructionSymbol> path)
    {
        if (depth.TryGetValue(instruction, out var known))
        {
            return known;
        }

        if (path.Contains(instruction))
        {
            var cycle = path.SkipWhile(step => step != instruction).Append(instruction).Select(step => step.Number);
            diagnostics.Report(DiagnosticCatalog.AmendmentCycle, instruction.Location, string.Join(" → ", cycle));
            instruction.Amends = instruction.Amends.Where(amended => !path.Contains(amended)).ToList();
            return 0;
        }

        path.Add(instruction);
        var result = instruction.Amends.Count == 0 ? 0 : instruction.Amends.Max(amended => ComputeDepth(amended, depth, path)) + 1;
        path.RemoveAt(path.Count - 1);
        depth[instruction] = result;
        return result;
    }

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
