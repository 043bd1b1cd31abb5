using SunEs.Documents.Diff;
using SunEs.Documents.Formatting;
using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Building;

/// <summary>Assembles the page of the rules in force: instructions, calendar, grids, prerequisites, funding, envelopes, and the changes when asked.</summary>
internal static class RulesDocumentBuilder
{
    public static RulesDocument Build(Compilation compilation, RulesPageRequest request)
    {
        var text = new ValueText(request.Language);
        var cite = new Citations(text);
        var rules = RulesOf(compilation, request.AsOf, request.Programme);
        var compared = request.CompareWith is { } other ? RulesOf(compilation, other, request.Programme) : null;
        var programmes = rules.Programmes.Where(programme => request.Programme is null || programme.Symbol.Id == request.Programme).ToList();
        var title = text.T($"Règles en vigueur au {text.Date(request.AsOf)}", $"Rules in force on {text.Date(request.AsOf)}");
        var subtitle = string.Join(" · ", programmes.Select(programme =>
            programme.Label is { } label ? $"{programme.Symbol.Id} — {ValueText.OneLine(label.Value)}" : programme.Symbol.Id));

        var sections = new List<DocumentSection>();
        if (rules.Instructions.Count == 0)
        {
            sections.Add(new DocumentSection("instructions", text.T("Instructions en vigueur", "Instructions in force"),
            [
                new Paragraph(text.T(
                    $"Aucune instruction n'est en vigueur au {text.Date(request.AsOf)} : choisissez une date postérieure.",
                    $"No instruction is in force on {text.Date(request.AsOf)}: choose a later date.")),
            ]));
        }
        else
        {
            sections.Add(InstructionsSection.Build(rules, cite));
            if (compared is not null)
            {
                sections.Add(ChangesSection.Build(RulesDiff.Compare(compared, rules, request.Language), cite));
            }

            sections.Add(CalendarSection.Build(rules, compared, cite));
            sections.AddRange(programmes.SelectMany(programme => programme.Volets).Select(volet => TargetGridSection.Build(volet, rules, cite)));
            sections.Add(PrerequisitesSection.Build(rules, cite));
            foreach (var programme in programmes)
            {
                sections.Add(FundingSection.Build(programme, rules, cite));
                sections.Add(EnvelopesSection.Build(programme, cite));
            }
        }

        return new RulesDocument(request.Language.Code(), title, subtitle, request.Warning, sections, cite.Lines());
    }

    /// <summary>The rules on a date: of the programme named (its instructions, windows and prerequisites only), else of every programme.</summary>
    public static RulesInForce RulesOf(Compilation compilation, DateOnly asOf, string? programme) =>
        programme is not null && compilation.FindProgramme(programme) is { } symbol
            ? compilation.GetRulesInForce(asOf, symbol)
            : compilation.GetRulesInForce(asOf);

    /// <summary>A page holding only the changes between two dates.</summary>
    public static RulesDocument BuildDiff(RulesDiff diff, Diagnostics.MessageLanguage language)
    {
        var text = new ValueText(language);
        var cite = new Citations(text);
        var section = ChangesSection.Build(diff, cite);
        return new RulesDocument(language.Code(), section.Heading, string.Empty, null, [section with { Heading = text.T("Règles modifiées", "Changed rules") }], cite.Lines());
    }
}
