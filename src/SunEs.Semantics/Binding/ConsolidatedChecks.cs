using SunEs.Diagnostics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Checks that hold on the consolidated rules, verified on every date a text starts to apply
/// (the only dates the rules change): windows complete and ordered, degressivity and target
/// grids complete for every window of their volet, indicators and domains fully defined.
/// A check that describes a convention is not reported about a block that waives it; which
/// waivers served is remembered, so that one that never does is reported.
/// </summary>
internal sealed class ConsolidatedChecks(SemanticDiagnostics diagnostics)
{
    private readonly HashSet<(EntitySymbol Entity, string Code)> _usedWaivers = [];

    /// <summary>Reports each waiver, among the properties written, that no check on any date needed.</summary>
    public void ReportUnusedWaivers(IEnumerable<BoundProperty> properties)
    {
        foreach (var property in properties.Where(property => property.Key.Name == PropertyName.Waiver && !_usedWaivers.Contains((property.Key.Owner, property.Key.Text!))))
        {
            diagnostics.Report(DiagnosticCatalog.UnusedWaiver, property.Location, property.Key.Text!, property.Key.Owner.Id);
        }
    }

    public void Check(RulesInForce rules)
    {
        var date = InstructionBinder.Format(rules.AsOf);
        foreach (var window in rules.Windows)
        {
            CheckWindow(window, rules);
        }

        foreach (var volet in rules.Volets)
        {
            CheckVolet(volet, rules, date);
        }

        foreach (var programme in rules.Programmes)
        {
            new CalendarChecks(diagnostics, rules, programme, date).Check();
            new OutcomeChecks(diagnostics, rules, programme, date).Check();
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
            ReportUnlessWaived(DiagnosticCatalog.CandidacyAfterMeasurement, window.Symbol, rules, Newest(window.Candidacy, window.Measurement), id, Format(candidacyEnd), Format(measurementStart));
        }

        if (window is { Milestone.Value.Date: { } milestoneDate, Measurement.Value.Period.End.Date: { } measurementEnd } && milestoneDate < measurementEnd)
        {
            ReportUnlessWaived(DiagnosticCatalog.MilestoneBeforeMeasurementEnd, window.Symbol, rules, Newest(window.Milestone, window.Measurement), id, Format(milestoneDate), Format(measurementEnd));
        }

        if (window.Postponement is { } postponement && rules.FindWindow(postponement.Value.Target) is { } target
            && (postponement.Value.Target == window.Symbol || (window.Milestone?.Value.Date is { } own && target.Milestone?.Value.Date is { } later && later <= own)))
        {
            diagnostics.Report(DiagnosticCatalog.PostponementToEarlierWindow, postponement.Location, id, target.Symbol.Id);
        }
    }

    private void CheckVolet(VoletInForce volet, RulesInForce rules, string date)
    {
        var id = volet.Symbol.Id;
        if (volet.Windows is null && volet.Domains.Count == 0)
        {
            // A text may announce a volet before another defines it ("à définir", seed 001).
            diagnostics.Report(DiagnosticCatalog.VoletAnnounced, volet.Symbol.Declaration.Location, date, id);
            return;
        }

        if (volet.Windows is null)
        {
            diagnostics.ReportMissingPart(DiagnosticCatalog.VoletWithoutWindows, volet.Symbol.Declaration.Location, Texts(volet.Symbol), id);
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

        if (volet.Domains.Count == 0 && !diagnostics.IsGarbled(Texts(volet.Symbol)))
        {
            ReportUnlessWaived(DiagnosticCatalog.EmptyContainer, volet.Symbol, rules, volet.Symbol.Declaration.Location, new LocalizedText("Le volet", "Volet"), id, new LocalizedText("domaine", "domain"));
        }

        foreach (var domain in volet.Domains)
        {
            CheckDomain(domain, rules);
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

        // Indicators missing the same cells for the same reason (a window added to the volet) are one diagnostic.
        var incomplete = volet.Indicators
            .Select(indicator => (Indicator: indicator.Symbol.Id, Missing: windows.Where(window => volet.TargetFor(indicator.Symbol, window) is null).Select(window => window.Id).ToList(),
                Location: WhereCellsAreMissing(volet, indicator, targetsByIndicator[indicator.Symbol])))
            .Where(entry => entry.Missing.Count > 0)
            .GroupBy(entry => (entry.Location, Missing: string.Join(",", entry.Missing)));
        foreach (var group in incomplete)
        {
            diagnostics.Report(DiagnosticCatalog.GridIncomplete, group.Key.Location, date, id, new NameList(group.Select(entry => entry.Indicator).ToList()), new NameList(group.First().Missing));
        }
    }

    /// <summary>
    /// The newest of what makes the cells required — the volet's list of windows, the indicator's
    /// declaration, its row in the grid — so the text that opened a window without its targets is
    /// the one told, not the older text whose grid has no column for it.
    /// </summary>
    private static Location WhereCellsAreMissing(VoletInForce volet, IndicatorInForce indicator, IEnumerable<Sourced<TargetValue>> targets)
    {
        var sources = new List<(InstructionSymbol Instruction, Location Location)> { (indicator.Symbol.DeclaringInstruction, indicator.Symbol.Declaration.Location) };
        sources.AddRange(targets.Select(target => (target.Instruction, target.Location)));
        if (volet.Windows is { } windows)
        {
            sources.Add((windows.Instruction, windows.Location));
        }

        return sources.MaxBy(source => (source.Instruction.Order, source.Location.Span.Start)).Location;
    }

    private void CheckDomain(DomainInForce domain, RulesInForce rules)
    {
        RequireItem(domain.Forfait, domain.Symbol, new("Le domaine", "Domain"), new("son forfait (« forfait = … »)", "its flat amount ('forfait = …')"));
        if (domain.Indicators.Count == 0 && !diagnostics.IsGarbled(Texts(domain.Symbol)))
        {
            ReportUnlessWaived(DiagnosticCatalog.EmptyContainer, domain.Symbol, rules, domain.Symbol.Declaration.Location,
                new LocalizedText("Le domaine", "Domain"), domain.Symbol.Id, new LocalizedText("indicateur", "indicator"));
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

    /// <summary>
    /// A convention check about <paramref name="entity"/>: silent when its block waives the code
    /// (the waiver is then marked as used), else reported with a fix that writes the waiver into
    /// the block, when the block is in the same text as the diagnostic.
    /// </summary>
    private void ReportUnlessWaived(DiagnosticDescriptor descriptor, EntitySymbol entity, RulesInForce rules, Location location, params object[] arguments)
    {
        if (rules.FindWaiver(entity, descriptor.Code) is not null)
        {
            _usedWaivers.Add((entity, descriptor.Code));
            return;
        }

        var block = entity.Contributions.LastOrDefault(contribution => contribution.Instruction.Tree.Text == location.Source);
        if (block is null)
        {
            diagnostics.Report(descriptor, location, arguments);
            return;
        }

        var text = block.Instruction.Tree.Text;
        var indentation = new string(' ', text.GetLinePosition(block.Syntax.Span.Start).Character + 4);
        var fix = new DiagnosticFix(new LocalizedText($"Déclarer une dérogation à {descriptor.Code}", $"Declare a waiver of {descriptor.Code}"),
            new TextSpan(block.Syntax.Span.End, 0), $"\n{indentation}dérogation {descriptor.Code} \"motif\"");
        diagnostics.ReportWithFixes(descriptor, location, [fix], arguments);
    }

    private void RequireItem<T>(Sourced<T>? value, EntitySymbol entity, LocalizedText what, LocalizedText item)
    {
        if (value is null)
        {
            diagnostics.ReportMissingPart(DiagnosticCatalog.MissingItem, entity.Declaration.Location, Texts(entity), what, entity.Id, item);
        }
    }

    /// <summary>The declaration and amendments that together write <paramref name="entity"/>.</summary>
    private static IEnumerable<(SyntaxTree Tree, TextSpan Span)> Texts(EntitySymbol entity) =>
        entity.Contributions.Select(contribution => (contribution.Instruction.Tree, contribution.Syntax.Span));

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
