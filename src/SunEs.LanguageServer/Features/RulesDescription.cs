using System.Collections;
using System.Text;
using SunEs.Semantics;

namespace SunEs.LanguageServer.Features;

/// <summary>The part of a hover that lists the rules in force today for a window, indicator, prerequisite, volet, domain or programme.</summary>
internal sealed class RulesDescription(FeatureContext context, StringBuilder text)
{
    private readonly RulesInForce _rules = context.Compilation.GetRulesInForce(context.Today);

    public void Describe(EntitySymbol entity)
    {
        if (entity.Kind == EntityKind.Data)
        {
            return;
        }

        var date = Display.Date(context.Today, context.Language);
        if (!_rules.IsInForce(entity))
        {
            text.AppendLine(context.T($"*Pas en vigueur au {date}.*", $"*Not in force on {date}.*"));
            return;
        }

        text.AppendLine(context.T($"**En vigueur au {date}**", $"**In force on {date}**")).AppendLine();
        switch (entity.Kind)
        {
            case EntityKind.Window when _rules.FindWindow(entity) is { } window:
                Window(window);
                break;
            case EntityKind.Indicator when _rules.FindIndicator(entity) is { } indicator:
                Indicator(indicator);
                break;
            case EntityKind.Prerequisite when _rules.FindPrerequisite(entity) is { } prerequisite:
                Prerequisite(prerequisite);
                break;
            case EntityKind.Volet when _rules.FindVolet(entity) is { } volet:
                Volet(volet);
                break;
            case EntityKind.Domain when _rules.FindDomain(entity) is { } domain:
                Domain(domain);
                break;
            case EntityKind.Programme when _rules.Programmes.FirstOrDefault(p => p.Symbol == entity) is { } programme:
                Programme(programme);
                break;
        }
    }

    private void Window(WindowInForce window)
    {
        Item(context.T("candidature", "candidacy"), window.Candidacy, p => Display.Period(p, context.Language));
        Item(context.T("sélection", "selection"), window.Selection, d => Display.Delay(d, context.Language));
        Item(context.T("mesure", "measurement"), window.Measurement, m => Display.Measurement(m, context.Language));
        Item(context.T("jalon", "milestone"), window.Milestone, d => Display.Date(d, context.Language));
        Item(context.T("report", "postponement"), window.Postponement, p => context.T(
            $"vers `{p.Target.Id}`, cibles de `{p.TargetsOf?.Id ?? "?"}`, dégressivité de `{p.DegressivityOf?.Id ?? "?"}`",
            $"to `{p.Target.Id}`, targets of `{p.TargetsOf?.Id ?? "?"}`, degressivity of `{p.DegressivityOf?.Id ?? "?"}`"));
    }

    private void Indicator(IndicatorInForce indicator)
    {
        Item(context.T("mesure", "measure"), indicator.Definition, definition => definition switch
        {
            RateDefinition rate => $"{context.T("taux", "rate")} = `{rate.Numerator?.Id ?? "?"}` / `{rate.Denominator?.Id ?? "?"}`",
            _ => context.T("oui/non", "yes/no"),
        });
        Item(context.T("bonus", "bonus"), indicator.Bonus, _ => $"`{indicator.Bonus!.SourceText}`");
        Item(context.T("applicabilité", "applicability"), indicator.Applicability, _ => $"`{indicator.Applicability!.SourceText}`");
        if (_rules.Volets.FirstOrDefault(v => v.Indicators.Any(i => i.Symbol == indicator.Symbol)) is not { } volet)
        {
            return;
        }

        text.AppendLine().AppendLine($"| {context.T("fenêtre", "window")} | {context.T("cible", "target")} | {context.T("texte", "text")} |");
        text.AppendLine("|---|---|---|");
        foreach (var window in volet.WindowList)
        {
            var target = volet.TargetFor(indicator.Symbol, window);
            var value = target is null ? context.T("*aucune cellule*", "*no cell*") : Display.Target(target.Value);
            text.AppendLine($"| `{window.Id}` | {value} | {(target is null ? string.Empty : Source(target, Display.Target))} |");
        }
    }

    private void Prerequisite(PrerequisiteInForce prerequisite)
    {
        Item(context.T("groupe", "group"), prerequisite.Group, g => g);
        if (prerequisite.VoletList is null)
        {
            text.AppendLine(context.T("- **volets** : tous", "- **volets**: all"));
        }

        Item(context.T("volets", "volets"), prerequisite.VoletList, Ids);
        Item(context.T("tolérance en", "tolerated in"), prerequisite.Tolerance, Ids);
    }

    private void Volet(VoletInForce volet)
    {
        Item(context.T("enveloppe", "envelope"), volet.Envelope, e => Display.Envelope(e, context.Language));
        Item(context.T("fenêtres", "windows"), volet.Windows, Ids);
        foreach (var regional in volet.RegionalEnvelopes)
        {
            Item(context.T($"enveloppe {regional.Value.Region}", $"envelope {regional.Value.Region}") + (regional.Value.Window is { } scoped ? $" ({scoped.Id})" : string.Empty),
                regional, r => Display.Envelope(r.Envelope, context.Language));
        }

        foreach (var condition in volet.AdmissibilityConditions)
        {
            Item(context.T("recevable si", "admissible if"), condition, _ => $"`{condition.SourceText}`");
        }

        foreach (var window in volet.WindowList)
        {
            if (volet.Degressivity.TryGetValue(window, out var rate))
            {
                Item(context.T($"dégressivité en {window.Id}", $"degressivity in {window.Id}"), rate, Display.Percent);
            }
        }

        Line(context.T("domaines", "domains"), Ids(volet.Domains.Select(d => d.Symbol)));
    }

    private void Domain(DomainInForce domain)
    {
        Item(context.T("enveloppe", "envelope"), domain.Envelope, e => Display.Envelope(e, context.Language));
        Item(context.T("forfait", "flat amount"), domain.Forfait, _ => $"`{domain.Forfait!.SourceText}`");
        Item(context.T("éligibilité", "eligibility"), domain.Eligibility, _ => $"`{domain.Eligibility!.SourceText}`");
        Line(context.T("indicateurs", "indicators"), Ids(domain.Indicators.Select(i => i.Symbol)));
    }

    private void Programme(ProgrammeInForce programme)
    {
        Item(context.T("enveloppe", "envelope"), programme.Envelope, e => Display.Envelope(e, context.Language));
        foreach (var regional in programme.RegionalEnvelopes)
        {
            Item(context.T($"enveloppe {regional.Value.Region}", $"envelope {regional.Value.Region}"), regional, r => Display.Envelope(r.Envelope, context.Language));
        }

        foreach (var rule in programme.CalendarRules.Values.OrderBy(rule => rule.Value))
        {
            Item(context.T("calendrier", "calendar"), rule, _ => $"`{rule.SourceText}`");
        }

        Item(context.T("territoires", "territories"), programme.OverseasScope, _ => $"`{programme.OverseasScope!.SourceText}`");
        foreach (var condition in programme.AdmissibilityConditions)
        {
            Item(context.T("recevable si", "admissible if"), condition, _ => $"`{condition.SourceText}`");
        }

        Line(context.T("volets", "volets"), Ids(programme.Volets.Select(v => v.Symbol)));
    }

    private void Item<T>(string name, Sourced<T>? value, Func<T, string> format)
    {
        if (value is not null)
        {
            text.AppendLine($"- **{name}** : {format(value.Value)} — {Source(value, format)}");
        }
    }

    private void Line(string name, string value)
    {
        if (value.Length > 0)
        {
            text.AppendLine($"- **{name}** : {value}");
        }
    }

    /// <summary>
    /// "*2023/28*, remplace 59 % (*2021/167*)": the text a value comes from, and the different value it replaced;
    /// then "supposé : …" when the value rests on an assumption.
    /// </summary>
    private string Source<T>(Sourced<T> value, Func<T, string> format)
    {
        var source = $"*{Display.ShortName(value.Instruction)}*";
        if (value.Replaced is { } replaced && !SameValue(replaced.Value, value.Value))
        {
            source += context.T(", remplace ", ", replaces ") + $"{format(replaced.Value)} (*{Display.ShortName(replaced.Instruction)}*)";
        }

        if (value.Assumption is { } assumption)
        {
            source += $" — ⚠ *{assumption.Describe(context.Language == Diagnostics.MessageLanguage.English)}*";
        }

        return source;
    }

    internal static bool SameValue(object? a, object? b) =>
        a is IEnumerable left and not string && b is IEnumerable right and not string
            ? left.Cast<object?>().SequenceEqual(right.Cast<object?>())
            : Equals(a, b);

    private static string Ids(IEnumerable<EntitySymbol> entities) => string.Join(", ", entities.Select(e => $"`{e.Id}`"));
}
