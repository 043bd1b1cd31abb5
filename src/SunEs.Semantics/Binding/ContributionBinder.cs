using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>
/// Reads the items of each declaration and amendment into <see cref="BoundProperty"/> values,
/// resolving the names they mention and type-checking their expressions.
/// </summary>
internal sealed partial class ContributionBinder(NameResolver names, SemanticDiagnostics diagnostics)
{
    public List<BoundProperty> Properties { get; } = [];

    public void Bind(DeclarationSite site)
    {
        if (site.Entity is not { } entity)
        {
            return;
        }

        var instruction = site.Instruction;
        var declarationAssumption = DeclarationAssumption(site);
        if (site.Syntax.Label is { Parts.Count: > 0 } label)
        {
            Add(new PropertyKey(entity, PropertyName.Label), label.Text, instruction, label, declarationAssumption);
        }

        var seen = new Dictionary<PropertyKey, SyntaxNode>();
        var items = site.Syntax.Items;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (item is INamedDeclarationSyntax or AssumptionSyntax)
            {
                continue;
            }

            var assumption = index + 1 < items.Count && items[index + 1] is AssumptionSyntax next ? Of(next, instruction) : declarationAssumption;
            foreach (var (key, value) in BindItem(entity, instruction, item))
            {
                if (seen.TryAdd(key, item))
                {
                    Add(key, value, instruction, item, assumption);
                }
                else if (key.Name != PropertyName.Definition || seen[key].GetType() == item.GetType())
                {
                    // A rate and a yes/no are one mistake, reported below as a kind conflict.
                    diagnostics.Report(DiagnosticCatalog.DuplicateItem, instruction.Tree.GetLocation(item), DescribeItem(instruction, item), entity.Id);
                }
            }
        }

        if (seen.Keys.Any(k => k.Name == PropertyName.Definition) && site.Syntax.Items.OfType<RateDefinitionSyntax>().Any() && site.Syntax.Items.OfType<YesNoDefinitionSyntax>().Any())
        {
            diagnostics.Report(DiagnosticCatalog.IndicatorKindConflict, instruction.Tree.GetLocation(site.Syntax.Name.Span), entity.Id);
        }
    }

    private IEnumerable<(PropertyKey Key, object Value)> BindItem(EntitySymbol owner, InstructionSymbol instruction, SyntaxNode item)
    {
        switch (item)
        {
            case EnvelopeSyntax envelope:
                yield return (new PropertyKey(owner, PropertyName.Envelope), BindEnvelope(envelope.Amount, envelope.Parts, instruction, owner));
                break;
            case RegionalEnvelopeSyntax regional:
                var region = regional.Region.Value.Trim();
                var scopeWindow = regional.Window is { } scope ? names.Resolve(scope, EntityKind.Window, instruction) : null;
                yield return (new PropertyKey(owner, PropertyName.RegionalEnvelope, scopeWindow, Text: region),
                    new RegionalEnvelope(region, BindEnvelope(regional.Amount, regional.Parts, instruction, owner), scopeWindow));
                break;
            case OverseasScopeSyntax overseas:
                yield return (new PropertyKey(owner, PropertyName.OverseasScope), BindOverseasScope(overseas, instruction));
                break;
            case CalendarRuleSyntax calendar:
                yield return (new PropertyKey(owner, PropertyName.CalendarRule, Text: calendar.Kind.ToString()), calendar.Kind);
                break;
            case AdmissibilityConditionSyntax condition:
                yield return (new PropertyKey(owner, PropertyName.AdmissibilityCondition, Text: ConditionKey(instruction, condition)),
                    Expressions(instruction, allowForfait: false).BindExpecting(condition.Condition, ValueType.Boolean, new LocalizedText("La condition de recevabilité", "The admissibility condition")));
                break;
            case RoundingSyntax rounding:
                yield return (new PropertyKey(owner, PropertyName.Rounding), new RoundingRule(rounding.Unit, rounding.Mode));
                break;
            case WindowListSyntax windows:
                yield return (new PropertyKey(owner, PropertyName.Windows), names.ResolveList(windows.Windows, EntityKind.Window, instruction, owner.Id));
                break;
            case DegressivitySyntax degressivity:
                names.ReportRepeated(degressivity.Rates.Select(rate => rate.Window), instruction, owner.Id);
                var rated = new HashSet<EntitySymbol>();
                foreach (var rate in degressivity.Rates)
                {
                    var window = names.Resolve(rate.Window, EntityKind.Window, instruction);
                    CheckPercentage(rate.Rate, instruction);
                    if (window is not null && rated.Add(window))
                    {
                        yield return (new PropertyKey(owner, PropertyName.Degressivity, window), rate.Rate.Points);
                    }
                }

                break;
            case ForfaitRuleSyntax forfait:
                yield return (new PropertyKey(owner, PropertyName.Forfait),
                    Expressions(instruction, allowForfait: false, forfaitOf: owner).BindExpecting(forfait.Expression, ValueType.Money, new LocalizedText("Le forfait", "The flat amount")));
                break;
            case EligibilitySyntax eligibility:
                yield return (new PropertyKey(owner, PropertyName.Eligibility),
                    Expressions(instruction, allowForfait: false).BindExpecting(eligibility.Condition, ValueType.Boolean, new LocalizedText("La condition d'éligibilité", "The eligibility condition")));
                break;
            case RateDefinitionSyntax rate:
                yield return (new PropertyKey(owner, PropertyName.Definition),
                    new RateDefinition(RateOperand(rate.Numerator, instruction, numerator: true), RateOperand(rate.Denominator, instruction, numerator: false)));
                break;
            case YesNoDefinitionSyntax:
                yield return (new PropertyKey(owner, PropertyName.Definition), new YesNoDefinition());
                break;
            case BonusSyntax bonus:
                yield return (new PropertyKey(owner, PropertyName.Bonus),
                    Expressions(instruction, allowForfait: true).BindExpecting(bonus.Amount, ValueType.Money, new LocalizedText("Le bonus", "The bonus")));
                break;
            case ApplicabilitySyntax applicability:
                yield return (new PropertyKey(owner, PropertyName.Applicability),
                    Expressions(instruction, allowForfait: false).BindExpecting(applicability.Condition, ValueType.Boolean, new LocalizedText("La condition d'applicabilité", "The applicability condition")));
                break;
            case CandidacyPeriodSyntax candidacy:
                yield return (new PropertyKey(owner, PropertyName.Candidacy), Period(candidacy.Period, instruction));
                break;
            case SelectionDelaySyntax selection:
                CheckDuration(selection.Duration, instruction);
                yield return (new PropertyKey(owner, PropertyName.Selection), new Delay(selection.Duration.Amount, selection.Duration.Unit, selection.IsMaximum));
                break;
            case MeasurementPeriodSyntax measurement:
                yield return (new PropertyKey(owner, PropertyName.Measurement), new Measurement(measurement.Label?.Text, Period(measurement.Period, instruction)));
                break;
            case MilestoneSyntax milestone:
                yield return (new PropertyKey(owner, PropertyName.Milestone), Date(milestone.Date));
                break;
            case PostponementSyntax postponement:
                if (BindPostponement(owner, postponement, instruction) is { } postponed)
                {
                    yield return (new PropertyKey(owner, PropertyName.Postponement), postponed);
                }

                break;
            case PrerequisiteGroupSyntax group:
                yield return (new PropertyKey(owner, PropertyName.Group), group.Group.Value);
                break;
            case PrerequisiteVoletsSyntax volets:
                yield return (new PropertyKey(owner, PropertyName.Volets), names.ResolveList(volets.Volets, EntityKind.Volet, instruction, owner.Id));
                break;
            case WaiverSyntax waiver when BindWaiver(waiver, instruction) is { } bound:
                yield return (new PropertyKey(owner, PropertyName.Waiver, Text: bound.Code), bound);
                break;
            case PrerequisiteToleranceSyntax tolerance:
                yield return (new PropertyKey(owner, PropertyName.Tolerance), names.ResolveList(tolerance.Windows, EntityKind.Window, instruction, owner.Id));
                break;
        }
    }

    /// <summary>A waiver names a convention check of the catalogue (in any case: "sun0401" is SUN0401) and gives a reason; otherwise reported.</summary>
    private Waiver? BindWaiver(WaiverSyntax waiver, InstructionSymbol instruction)
    {
        if (waiver.Code.IsMissing)
        {
            return null;
        }

        var code = waiver.Code.Text.ToUpperInvariant();
        var location = instruction.Tree.GetLocation(waiver.Code.Span);
        var waivable = new NameList(DiagnosticCatalog.All.Where(descriptor => descriptor.IsWaivable).Select(descriptor => descriptor.Code).ToList());
        switch (DiagnosticCatalog.All.FirstOrDefault(descriptor => descriptor.Code == code))
        {
            case null:
                diagnostics.Report(DiagnosticCatalog.WaiverOfUnknownCode, location, waiver.Code.Text, waivable);
                return null;
            case { IsWaivable: false }:
                diagnostics.Report(DiagnosticCatalog.WaiverOfImpossibility, location, code, waivable);
                return null;
        }

        if (string.IsNullOrWhiteSpace(waiver.Reason.Value))
        {
            diagnostics.Report(DiagnosticCatalog.WaiverWithoutReason, instruction.Tree.GetLocation(waiver.Reason.Span.Length > 0 ? waiver.Reason.Span : waiver.Span), code);
            return null;
        }

        return new Waiver(code, waiver.Reason.Value.Trim());
    }

    /// <summary>A target grid: one target property per (indicator, window) cell of the volet.</summary>
    public void BindGrid(TargetGridSyntax grid, InstructionSymbol instruction)
    {
        var volet = names.Resolve(grid.Volet, EntityKind.Volet, instruction);
        if (volet is not null && !MayWriteGrid(grid, volet, instruction))
        {
            return;
        }

        var windows = grid.Windows.Select(window => names.Resolve(window, EntityKind.Window, instruction)).ToList();
        ReportDuplicates(grid.Windows, instruction);
        ReportDuplicates(grid.Rows.Select(row => row.Indicator), instruction);
        var gridAssumption = grid.Assumption is { } assumption ? Of(assumption, instruction) : null;
        foreach (var row in grid.Rows)
        {
            var rowAssumption = row.Assumption is { } marked ? Of(marked, instruction) : gridAssumption;
            var indicator = names.Resolve(row.Indicator, EntityKind.Indicator, instruction);
            if (indicator?.Parent?.Parent is { } owner && volet is not null && owner != volet)
            {
                diagnostics.Report(DiagnosticCatalog.IndicatorNotInVolet, instruction.Tree.GetLocation(row.Indicator.Span), indicator.Id, volet.Id);
                continue;
            }

            // A row holding a syntax error has the cells recovery left: its count says nothing more.
            if (row.Cells.Count != grid.Windows.Count && !instruction.Tree.HasSyntaxErrorWithin(row.Span))
            {
                diagnostics.Report(DiagnosticCatalog.GridRowCellCount, instruction.Tree.GetLocation(row.Indicator.Span), row.Indicator.Text, row.Cells.Count, grid.Windows.Count);
            }

            for (var index = 0; index < Math.Min(row.Cells.Count, windows.Count); index++)
            {
                var cell = row.Cells[index];
                if (cell.Percentage is { } percentage)
                {
                    CheckPercentage(percentage, instruction);
                }

                if (volet is null || indicator is null || windows[index] is not { } window)
                {
                    continue;
                }

                var value = cell.Kind switch
                {
                    GridCellKind.Percentage => new TargetValue(TargetKind.Rate, cell.Percentage!.Points),
                    GridCellKind.Yes => new TargetValue(TargetKind.Yes, 0),
                    GridCellKind.No => new TargetValue(TargetKind.No, 0),
                    _ => new TargetValue(TargetKind.None, 0),
                };
                Add(new PropertyKey(volet, PropertyName.Target, indicator, window), value, instruction, cell, rowAssumption);
            }
        }
    }

    /// <summary>A volet's grid is written by the text declaring it; another text changes it with "cibles … modifiées", if it amends that text.</summary>
    private bool MayWriteGrid(TargetGridSyntax grid, EntitySymbol volet, InstructionSymbol instruction)
    {
        var location = instruction.Tree.GetLocation(grid.Volet.Span);
        if (grid.AmendedKeyword is null)
        {
            if (volet.DeclaringInstruction == instruction)
            {
                return true;
            }

            var fix = new DiagnosticFix(new LocalizedText("Marquer comme modification", "Mark as an amendment"), new Text.TextSpan(grid.Volet.Span.End, 0), " modifiées");
            diagnostics.ReportWithFixes(DiagnosticCatalog.RedeclarationNeedsAmendment, location, [fix], volet.Id, volet.DeclaringInstruction.Number, $"cibles du volet {volet.Id} modifiées");
            return false;
        }

        if (volet.Contributions.Any(c => instruction.Amends.Contains(c.Instruction)))
        {
            return true;
        }

        diagnostics.Report(DiagnosticCatalog.AmendmentOutsideAmendedTexts, location, volet.Id, volet.DeclaringInstruction.Number);
        return false;
    }

    private void ReportDuplicates(IEnumerable<IdentifierSyntax> identifiers, InstructionSymbol instruction)
    {
        foreach (var duplicate in identifiers.Where(id => !id.IsMissing).GroupBy(id => id.Text).SelectMany(group => group.Skip(1)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateGridEntry, instruction.Tree.GetLocation(duplicate.Span), duplicate.Text);
        }
    }

    private Envelope BindEnvelope(AmountSyntax amount, IReadOnlyList<EnvelopePartSyntax> parts, InstructionSymbol instruction, EntitySymbol owner)
    {
        names.ReportRepeated(parts.SelectMany(part => part.Names), instruction, owner.Id);
        var bound = parts.Select(part => new EnvelopePart(part.Names.Select(name => names.ResolveAny(name, [EntityKind.Volet, EntityKind.Domain], instruction)).OfType<EntitySymbol>().Distinct().ToList(),
            part.Description?.Value, part.Amount.Money.Euros, part.Amount.IsApproximate)).ToList();
        var sum = bound.Sum(part => part.Euros);
        if (sum > amount.Money.Euros)
        {
            diagnostics.Report(DiagnosticCatalog.EnvelopePartsExceedTotal, instruction.Tree.GetLocation(amount), Money(sum), Money(amount.Money.Euros));
        }

        return new Envelope(amount.Money.Euros, amount.IsApproximate, bound);
    }

    private EntitySymbol? RateOperand(IdentifierSyntax name, InstructionSymbol instruction, bool numerator)
    {
        var data = names.Resolve(name, EntityKind.Data, instruction);
        if (data is { DataType: not (DataType.Integer or DataType.Decimal) })
        {
            diagnostics.Report(DiagnosticCatalog.RateOperandNotCount, instruction.Tree.GetLocation(name.Span),
                numerator ? new LocalizedText("numérateur", "numerator") : new LocalizedText("dénominateur", "denominator"),
                name.Text, data.DataType is { } type ? ValueTypes.FromDataType(type).Describe() : ValueType.Error.Describe());
            return null;
        }

        return data;
    }

    private DatePeriod Period(PeriodSyntax period, InstructionSymbol instruction)
    {
        if (period.Start.Value is { } start && period.End.Value is { } end && end < start)
        {
            diagnostics.Report(DiagnosticCatalog.PeriodEndsBeforeStart, instruction.Tree.GetLocation(period), InstructionBinder.Format(end), InstructionBinder.Format(start));
        }

        return new DatePeriod(Date(period.Start), Date(period.End));
    }

    private static DateValue Date(DateValueSyntax date) => new(date.Value) { IsInvalid = date.Value is null && !date.IsUnknown };

    private void CheckDuration(DurationSyntax duration, InstructionSymbol instruction)
    {
        if (duration.Amount <= 0 && duration.Span.Length > 0)
        {
            diagnostics.Report(DiagnosticCatalog.ZeroDuration, instruction.Tree.GetLocation(duration));
        }
    }

    /// <summary>Reports a percentage outside 0–100 %; the value is kept, so that the cell or rate is not also reported missing.</summary>
    private void CheckPercentage(PercentageSyntax percentage, InstructionSymbol instruction)
    {
        if (percentage.Points is < 0 or > 100)
        {
            diagnostics.Report(DiagnosticCatalog.PercentageOutOfRange, instruction.Tree.GetLocation(percentage), percentage.Points);
        }
    }

    private ExpressionBinder Expressions(InstructionSymbol instruction, bool allowForfait, EntitySymbol? forfaitOf = null) =>
        new(names, diagnostics, instruction, allowForfait, forfaitOf);

    private void Add(PropertyKey key, object value, InstructionSymbol instruction, SyntaxNode node, Assumption? assumption = null) =>
        Properties.Add(new BoundProperty(key, value, instruction, instruction.Tree.GetLocation(node), assumption));

    private static string DescribeItem(InstructionSymbol instruction, SyntaxNode item) =>
        instruction.Tree.Text[item.Span].Split([' ', '\t', '\r', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "?";

    internal static string Money(decimal euros) => euros.ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " €";
}
