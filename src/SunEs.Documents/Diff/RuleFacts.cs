using SunEs.Documents.Formatting;
using SunEs.Documents.Model;
using SunEs.Semantics;

namespace SunEs.Documents.Diff;

/// <summary>
/// Lists every rule of <see cref="RulesInForce"/> as a <see cref="RuleFact"/>, in the order a
/// reader meets them: programme, volets with their domains, indicators and targets, windows,
/// prerequisites, data. A "/" cell is no target, so it is no fact: a target appearing or
/// disappearing is an addition or a removal. <paramref name="qualified"/>: the rules compared hold
/// several programmes, each of which may have its own F1, so every entity is named with its
/// programme ("CaRE.F1").
/// </summary>
internal sealed class RuleFacts(ValueText text, bool qualified)
{
    private readonly List<RuleFact> _facts = [];
    private readonly Dictionary<string, SourceRef> _absences = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the rules of the last <see cref="Of"/> say a rule is not there: a « / » cell, or a
    /// window left out of its volet's list (its degressivity and targets go with it). A rule
    /// removed between two dates is cited at the text that removed it.
    /// </summary>
    public IReadOnlyDictionary<string, SourceRef> Absences => _absences;

    public IReadOnlyList<RuleFact> Of(RulesInForce rules)
    {
        _facts.Clear();
        _absences.Clear();
        foreach (var programme in rules.Programmes)
        {
            var id = programme.Symbol.Id;
            Add($"programme/{id}/label", RuleCategory.Programme, Name(id, text.T("libellé", "label")), programme.Label, ValueText.OneLine);
            Add($"programme/{id}/envelope", RuleCategory.Programme, Name(id, text.T("enveloppe", "envelope")), programme.Envelope, text.EnvelopeWithParts);
            AddRegional("programme", id, RuleCategory.Programme, programme.RegionalEnvelopes);
            Add($"programme/{id}/rounding", RuleCategory.Programme, Name(id, text.T("arrondi", "rounding")), programme.Rounding, text.Rounding);
            Add($"programme/{id}/overseas", RuleCategory.Calendar, Name(id, text.T("territoires", "territories")), programme.OverseasScope, text.OverseasScope);
            foreach (var rule in programme.CalendarRules.Values)
            {
                AddExpression($"programme/{id}/calendar/{rule.Value}", RuleCategory.Calendar, Name(id, text.T("calendrier", "calendar")), rule);
            }

            foreach (var condition in programme.AdmissibilityConditions)
            {
                AddExpression($"programme/{id}/admissible-if/{condition.SourceText}", RuleCategory.Calendar, Name(id, text.T("recevable si", "admissible if")), condition);
            }

            foreach (var volet in programme.Volets)
            {
                AddVolet(volet, rules);
            }
        }

        foreach (var window in rules.Windows)
        {
            AddWindow(window);
        }

        foreach (var prerequisite in rules.Prerequisites)
        {
            var id = Id(prerequisite.Symbol);
            Add($"prerequisite/{id}/label", RuleCategory.Prerequisite, Name(id, text.T("libellé", "label")), prerequisite.Label, ValueText.OneLine);
            Add($"prerequisite/{id}/group", RuleCategory.Prerequisite, Name(id, text.T("groupe", "group")), prerequisite.Group, ValueText.OneLine);
            Add($"prerequisite/{id}/volets", RuleCategory.Prerequisite, Name(id, text.T("volets", "volets")), prerequisite.VoletList, text.Entities);
            Add($"prerequisite/{id}/tolerance", RuleCategory.Prerequisite, Name(id, text.T("tolérance", "tolerance")), prerequisite.Tolerance, text.Entities);
        }

        foreach (var datum in rules.Data)
        {
            _facts.Add(new RuleFact($"data/{Id(datum)}", RuleCategory.Data, Name(Id(datum), text.T("donnée", "datum")),
                ValueText.OneLine(datum.Label ?? datum.Id), new SourceRef(datum.DeclaringInstruction, datum.Declaration.Location)));
        }

        return _facts.ToList();
    }

    private void AddVolet(VoletInForce volet, RulesInForce rules)
    {
        var id = Id(volet.Symbol);
        Add($"volet/{id}/label", RuleCategory.Volet, Name(id, text.T("libellé", "label")), volet.Label, ValueText.OneLine);
        Add($"volet/{id}/envelope", RuleCategory.Volet, Name(id, text.T("enveloppe", "envelope")), volet.Envelope, text.EnvelopeWithParts);
        Add($"volet/{id}/windows", RuleCategory.Volet, Name(id, text.T("fenêtres", "windows")), volet.Windows, text.Entities);
        AddRegional("volet", id, RuleCategory.Volet, volet.RegionalEnvelopes);
        foreach (var condition in volet.AdmissibilityConditions)
        {
            AddExpression($"volet/{id}/admissible-if/{condition.SourceText}", RuleCategory.Volet, Name(id, text.T("recevable si", "admissible if")), condition);
        }

        if (volet.Windows is { } list)
        {
            foreach (var left in rules.Windows.Select(window => window.Symbol).Where(window => window.Programme == volet.Symbol.Programme && !volet.WindowList.Contains(window)))
            {
                var source = new SourceRef(list.Instruction, list.Location);
                _absences[$"volet/{id}/degressivity/{Id(left)}"] = source;
                foreach (var indicator in volet.Indicators)
                {
                    _absences[$"target/{id}/{Id(indicator.Symbol)}/{Id(left)}"] = source;
                }
            }
        }

        foreach (var window in volet.WindowList)
        {
            Add($"volet/{id}/degressivity/{Id(window)}", RuleCategory.Degressivity, Name(id, text.T($"dégressivité {window.Id}", $"degressivity {window.Id}")),
                volet.Degressivity.GetValueOrDefault(window), text.Percentage);
        }

        foreach (var domain in volet.Domains)
        {
            var domainId = Id(domain.Symbol);
            Add($"domain/{domainId}/label", RuleCategory.Domain, Name(domainId, text.T("libellé", "label")), domain.Label, ValueText.OneLine);
            Add($"domain/{domainId}/envelope", RuleCategory.Domain, Name(domainId, text.T("enveloppe", "envelope")), domain.Envelope, text.EnvelopeWithParts);
            AddExpression($"domain/{domainId}/forfait", RuleCategory.Domain, Name(domainId, text.T("forfait", "flat amount")), domain.Forfait);
            AddExpression($"domain/{domainId}/eligibility", RuleCategory.Domain, Name(domainId, text.T("éligibilité", "eligibility")), domain.Eligibility);
            foreach (var indicator in domain.Indicators)
            {
                var indicatorId = Id(indicator.Symbol);
                Add($"indicator/{indicatorId}/label", RuleCategory.Indicator, Name(indicatorId, text.T("libellé", "label")), indicator.Label, ValueText.OneLine);
                Add($"indicator/{indicatorId}/definition", RuleCategory.Indicator, Name(indicatorId, text.T("définition", "definition")), indicator.Definition, text.Definition);
                AddExpression($"indicator/{indicatorId}/bonus", RuleCategory.Indicator, Name(indicatorId, "bonus"), indicator.Bonus);
                AddExpression($"indicator/{indicatorId}/applicability", RuleCategory.Indicator, Name(indicatorId, text.T("applicable si", "applicable if")), indicator.Applicability);
                foreach (var window in volet.WindowList.Where(window => rules.IsInForce(window)))
                {
                    var key = $"target/{id}/{indicatorId}/{Id(window)}";
                    if (volet.TargetFor(indicator.Symbol, window) is { Value.Kind: not TargetKind.None } target)
                    {
                        Add(key, RuleCategory.Target, $"{indicatorId}, {window.Id}", target, text.Target);
                    }
                    else if (volet.TargetFor(indicator.Symbol, window) is { } none)
                    {
                        _absences[key] = new SourceRef(none.Instruction, none.Location);
                    }
                }
            }
        }
    }

    private void AddWindow(WindowInForce window)
    {
        var id = Id(window.Symbol);
        Add($"window/{id}/label", RuleCategory.Window, Name(id, text.T("libellé", "label")), window.Label, ValueText.OneLine);
        Add($"window/{id}/candidacy", RuleCategory.Window, Name(id, text.T("candidature", "candidacy")), window.Candidacy, text.Period);
        Add($"window/{id}/selection", RuleCategory.Window, Name(id, text.T("sélection", "selection")), window.Selection, text.Delay);
        Add($"window/{id}/measurement", RuleCategory.Window, Name(id, text.T("mesure", "measurement")), window.Measurement, text.Measurement);
        Add($"window/{id}/milestone", RuleCategory.Window, Name(id, text.T("jalon", "milestone")), window.Milestone, text.Date);
        Add($"window/{id}/postponement", RuleCategory.Window, Name(id, text.T("report", "postponement")), window.Postponement, text.Postponement);
    }

    private void AddRegional(string scope, string id, RuleCategory category, IEnumerable<Sourced<RegionalEnvelope>> envelopes)
    {
        foreach (var regional in envelopes)
        {
            var region = regional.Value.Region;
            var window = regional.Value.Window is { } scoped ? $" {Id(scoped)}" : string.Empty;
            Add($"{scope}/{id}/region/{region}{(window.Length > 0 ? "/" + window.Trim() : string.Empty)}", category,
                Name(id, text.T($"enveloppe régionale {region}{window}", $"regional envelope {region}{window}")),
                regional, envelope => text.EnvelopeWithParts(envelope.Envelope));
        }
    }

    private void Add<T>(string key, RuleCategory category, string rule, Sourced<T>? value, Func<T, string> format)
    {
        if (value is not null)
        {
            _facts.Add(new RuleFact(key, category, rule, format(value.Value), new SourceRef(value.Instruction, value.Location)) { Assumption = value.Assumption?.Describe(text.IsEnglish) });
        }
    }

    /// <summary>An expression (or a rule as written) compares and shows as written: the texts are the only notation readers know.</summary>
    private void AddExpression<T>(string key, RuleCategory category, string rule, Sourced<T>? value)
    {
        if (value is not null)
        {
            _facts.Add(new RuleFact(key, category, rule, value.SourceText, new SourceRef(value.Instruction, value.Location)) { Assumption = value.Assumption?.Describe(text.IsEnglish) });
        }
    }

    private static string Name(string id, string aspect) => $"{id}, {aspect}";

    private string Id(EntitySymbol entity) => qualified ? entity.QualifiedId : entity.Id;
}
