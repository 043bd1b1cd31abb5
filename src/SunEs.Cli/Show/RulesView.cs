using Spectre.Console;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

/// <summary>
/// The rules in force on a date, section by section: instructions, windows, then per programme its
/// volets' target grids, the prerequisites and the envelopes.
/// </summary>
internal sealed class RulesView(RulesInForce rules, MessageLanguage language, bool provenance)
{
    private readonly ValueFormatter _format = new(language, provenance);

    public void Render(IAnsiConsole console)
    {
        var date = ValueFormatter.Date(rules.AsOf);
        if (rules.Instructions.Count == 0)
        {
            console.WriteLine(language.Pick(
                $"Aucune instruction n'est en vigueur au {date} : choisissez une date postérieure avec --as-of.",
                $"No instruction is in force on {date}: choose a later date with --as-of."));
            return;
        }

        Section(console, language.Pick($"Instructions en vigueur au {date}", $"Instructions in force on {date}"), InstructionsTable.Build(rules, _format));
        if (rules.Windows.Count > 0)
        {
            Section(console, language.Pick("Fenêtres de financement", "Funding windows"), WindowsTable.Build(rules, _format));
        }

        foreach (var programme in rules.Programmes)
        {
            foreach (var volet in programme.Volets)
            {
                var title = language.Pick($"Cibles d'usage du volet {volet.Symbol.Id}", $"Usage targets of volet {volet.Symbol.Id}");
                Section(console, WithLabel(title, volet.Label), TargetGridTable.Build(volet, rules, _format));
            }
        }

        if (rules.Prerequisites.Count > 0)
        {
            Section(console, language.Pick("Prérequis", "Prerequisites"), PrerequisitesTable.Build(rules, _format));
        }

        foreach (var programme in rules.Programmes)
        {
            if (DecidingRulesTable.Build(programme, _format) is { } deciding)
            {
                Section(console, language.Pick($"Calendrier, territoires et conditions du programme {programme.Symbol.Id}",
                    $"Calendar, territories and conditions of programme {programme.Symbol.Id}"), deciding);
            }

            var title = language.Pick($"Enveloppes du programme {programme.Symbol.Id}", $"Envelopes of programme {programme.Symbol.Id}");
            Section(console, WithLabel(title, programme.Label), EnvelopesTable.Build(programme, _format));
        }

        Assumptions(console);
    }

    /// <summary>Every assumption a value shown rests on, by its mark: what the sources do not state.</summary>
    private void Assumptions(IAnsiConsole console)
    {
        if (_format.Assumptions.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.Write(Tables.Heading(language.Pick("Hypothèses (ce que les sources ne disent pas)", "Assumptions (what the sources do not state)")));
        for (var index = 0; index < _format.Assumptions.Count; index++)
        {
            var (assumption, source) = _format.Assumptions[index];
            console.Write(new Spectre.Console.Text($"†{index + 1} {assumption.Describe(language == MessageLanguage.English)} ({source})\n"));
        }
    }

    private string WithLabel(string title, Sourced<string>? label) =>
        label is null ? title : $"{title} — {_format.Sourced(label).Replace('\n', ' ')}";

    private static void Section(IAnsiConsole console, string title, Table table)
    {
        console.WriteLine();
        console.Write(Tables.Heading(title));
        console.Write(table);
    }
}
