using Spectre.Console;
using SunEs.Documents.Formatting;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>What decides admissibility and funding besides targets: the calendar rules, the territories, the "recevable si" conditions.</summary>
internal static class DecidingRulesTable
{
    public static Table? Build(ProgrammeInForce programme, ValueFormatter format)
    {
        var language = format.Language;
        var table = Tables.Create(format, language.Pick("Règle", "Rule"), language.Pick("Effet", "Effect"));
        foreach (var rule in programme.CalendarRules.Values.OrderBy(rule => rule.Value))
        {
            Tables.AddRow(table, format.Sourced(rule, _ => rule.SourceText), RuleWords.CalendarRule(rule.Value, language));
        }

        if (programme.OverseasScope is { } scope)
        {
            Tables.AddRow(table, format.Sourced(scope, _ => scope.SourceText), RuleWords.OverseasScope(scope.Value, language));
        }

        foreach (var (condition, volet) in programme.AdmissibilityConditions.Select(condition => (condition, (VoletInForce?)null))
            .Concat(programme.Volets.SelectMany(volet => volet.AdmissibilityConditions.Select(condition => (condition, (VoletInForce?)volet)))))
        {
            var scopeText = volet is null ? language.Pick("toute candidature", "every candidacy") : $"volet {volet.Symbol.Id}";
            Tables.AddRow(table, format.Sourced(condition, _ => condition.SourceText),
                language.Pick($"sinon irrecevable ({scopeText})", $"otherwise inadmissible ({scopeText})"));
        }

        return table.Rows.Count == 0 ? null : table;
    }
}
