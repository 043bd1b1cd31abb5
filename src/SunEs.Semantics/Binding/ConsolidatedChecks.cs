using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Checks that hold on the consolidated rules, verified on every date a text starts to apply
/// (the only dates the rules change): windows complete and ordered, degressivity and target
/// grids complete for every window of their volet, indicators and domains fully defined.
/// </summary>
internal sealed class ConsolidatedChecks(SemanticDiagnostics diagnostics)
{
    public void Check(RulesInForce rules)
    {
        var date = InstructionBinder.Format(rules.AsOf);
        foreach (var window in rules.Windows)
        {
            CheckWindow(window, rules);
        }

        foreach (var volet in rules.Volets)
        {
            CheckVolet(volet, date);
        }
    }

    private void CheckWindow(WindowInForce window, RulesInForce rules)
    {
        var id = window.Symbol.Id;
        var what = new LocalizedText("La fenêtre", "Window");
        RequireItem(window.Candidacy, window.Symbol, what, new("sa période de candidature (« candidature du … au … »)", "its candidacy period ('candidature du … au …')"));
        RequireItem(window.Measurement, window.Symbol, what, new("sa période de mesure (« mesure du … au … »)", "its measurement period ('mesure du … au …')"));
        RequireItem(window.Milestone, window.Symbol, what, new("son jalon (« jalon … »)", "its milestone ('jalon …')"));

        if (window.Candidacy is { } candidacy)
        {
            ReportUnknown(candidacy.Value.Start, candidacy.Location, new("Le début de candidature", "The start of candidacy"), id);
            ReportUnknown(candidacy.Value.End, candidacy.Location, new("La fin de candidature", "The end of candidacy"), id);
        }

        if (window.Measurement is { } measurement)
        {
            ReportUnknown(measurement.Value.Period.Start, measurement.Location, new("Le début de la mesure", "The start of measurement"), id);
            ReportUnknown(measurement.Value.Period.End, measurement.Location, new("La fin de la mesure", "The end of measurement"), id);
        }

        if (window.Milestone is { } milestone)
        {
            ReportUnknown(milestone.Value, milestone.Location, new("Le jalon", "The milestone"), id);
        }

        if (window is { Candidacy.Value.End.Date: { } candidacyEnd, Measurement.Value.Period.Start.Date: { } measurementStart } && candidacyEnd > measurementStart)
        {
            diagnostics.Report(DiagnosticCatalog.CandidacyAfterMeasurement, Newest(window.Candidacy, window.Measurement), id, Format(candidacyEnd), Format(measurementStart));
        }

        if (window is { Milestone.Value.Date: { } milestoneDate, Measurement.Value.Period.End.Date: { } measurementEnd } && milestoneDate < measurementEnd)
        {
            diagnostics.Report(DiagnosticCatalog.MilestoneBeforeMeasurementEnd, Newest(window.Milestone, window.Measurement), id, Format(milestoneDate), Format(measurementEnd));
        }

        if (window.Postponement is { } postponement && rules.FindWindow(postponement.Value) is { } target
            && (postponement.Value == window.Symbol || (window.Milestone?.Value.Date is { } own && target.Milestone?.Value.Date is { } later && later <= own)))
        {
            diagnostics.Report(DiagnosticCatalog.PostponementToEarlierWindow, postponement.Location, id, target.Symbol.Id);
        }
    }

    private void CheckVolet(VoletInForce volet, string date)
    {
        var id = volet.Symbol.Id;
        if (volet.Windows is null)
        {
            diagnostics.Report(DiagnosticCatalog.VoletWithoutWindows, volet.Symbol.Declaration.Location, id);
            return;
        }

        var windows = volet.WindowList;
        foreach (var window in windows.Where(window => !volet.Degressivity.ContainsKey(window)))
        {
            diagnostics.Report(DiagnosticCatalog.DegressivityIncomplete, LatestLocation(volet.Symbol), date, id, window.Id);
        }

        foreach (var (window, rate) in volet.Degressivity.Where(pair => !windows.Contains(pair.Key)))
        {
            diagnostics.Report(DiagnosticCatalog.WindowNotInVolet, rate.Location, window.Id, id, string.Join(", ", windows.Select(w => w.Id)));
        }

        if (volet.Domains.Count == 0)
        {
            diagnostics.Report(DiagnosticCatalog.EmptyContainer, volet.Symbol.Declaration.Location, new LocalizedText("Le volet", "Volet"), id, new LocalizedText("domaine", "domain"));
        }

        foreach (var domain in volet.Domains)
        {
            CheckDomain(domain);
        }

        var definitions = new Dictionary<EntitySymbol, IndicatorDefinition?>();
        foreach (var indicator in volet.Indicators)
        {
            definitions.TryAdd(indicator.Symbol, indicator.Definition?.Value);
        }

        var targetsByIndicator = volet.Targets.ToLookup(pair => pair.Key.Indicator, pair => pair.Value);
        foreach (var ((indicator, window), target) in volet.Targets)
        {
            if (!windows.Contains(window))
            {
                diagnostics.Report(DiagnosticCatalog.WindowNotInVolet, target.Location, window.Id, id, string.Join(", ", windows.Select(w => w.Id)));
            }

            CheckCellKind(definitions.GetValueOrDefault(indicator), indicator, target);
        }

        foreach (var indicator in volet.Indicators)
        {
            var missing = windows.Where(window => volet.TargetFor(indicator.Symbol, window) is null).Select(window => window.Id).ToList();
            if (missing.Count > 0)
            {
                var location = targetsByIndicator[indicator.Symbol]
                    .MaxBy(target => (target.Instruction.Order, target.Location.Span.Start))?.Location ?? indicator.Symbol.Declaration.Location;
                diagnostics.Report(DiagnosticCatalog.GridIncomplete, location, date, id, indicator.Symbol.Id, new NameList(missing));
            }
        }
    }

    private void CheckDomain(DomainInForce domain)
    {
        RequireItem(domain.Forfait, domain.Symbol, new("Le domaine", "Domain"), new("son forfait (« forfait = … »)", "its flat amount ('forfait = …')"));
        if (domain.Indicators.Count == 0)
        {
            diagnostics.Report(DiagnosticCatalog.EmptyContainer, domain.Symbol.Declaration.Location, new LocalizedText("Le domaine", "Domain"), domain.Symbol.Id, new LocalizedText("indicateur", "indicator"));
        }

        foreach (var indicator in domain.Indicators)
        {
            RequireItem(indicator.Definition, indicator.Symbol, new("L'indicateur", "Indicator"), new("sa mesure (« taux = … / … » ou « oui/non »)", "its measure ('taux = … / …' or 'oui/non')"));
        }
    }

    private void CheckCellKind(IndicatorDefinition? definition, EntitySymbol indicator, Sourced<TargetValue> target)
    {
        var rate = new LocalizedText("un taux", "a rate");
        var yesNo = new LocalizedText("un oui/non", "a yes/no");
        switch (definition, target.Value.Kind)
        {
            case (RateDefinition, TargetKind.Yes or TargetKind.No):
                diagnostics.Report(DiagnosticCatalog.CellKindMismatch, target.Location, indicator.Id, rate, new LocalizedText("un pourcentage ou « / »", "a percentage or '/'"));
                break;
            case (YesNoDefinition, TargetKind.Rate):
                diagnostics.Report(DiagnosticCatalog.CellKindMismatch, target.Location, indicator.Id, yesNo, new LocalizedText("« oui », « non » ou « / »", "'oui', 'non' or '/'"));
                break;
        }
    }

    private void RequireItem<T>(Sourced<T>? value, EntitySymbol entity, LocalizedText what, LocalizedText item)
    {
        if (value is null)
        {
            diagnostics.Report(DiagnosticCatalog.MissingItem, entity.Declaration.Location, what, entity.Id, item);
        }
    }

    private void ReportUnknown(DateValue value, Location location, LocalizedText what, string id)
    {
        if (!value.IsKnown && !value.IsInvalid)
        {
            diagnostics.Report(DiagnosticCatalog.UnknownDate, location, what, id);
        }
    }

    /// <summary>Where the entity was last declared or amended among the properties in force.</summary>
    private Location LatestLocation(EntitySymbol entity) =>
        entity.Contributions.Last().Location;

    private static Location Newest<TA, TB>(Sourced<TA> a, Sourced<TB> b) =>
        a.Instruction.Order > b.Instruction.Order || (a.Instruction.Order == b.Instruction.Order && a.Location.Span.Start >= b.Location.Span.Start) ? a.Location : b.Location;

    private static string Format(DateOnly date) => InstructionBinder.Format(date);
}
