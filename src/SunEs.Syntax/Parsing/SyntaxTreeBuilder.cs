using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SunEs.Text;
using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's parse tree into our syntax tree. After error recovery any part may be
/// absent: every accessor here tolerates null and yields a missing node instead, so the
/// tree always has the shape the binder expects.
/// </summary>
internal sealed partial class SyntaxTreeBuilder(DiagnosticBag diagnostics, SpellingTable spellings)
{
    public CompilationUnitSyntax Build(FileContext file) =>
        Build(file, file.declaration().Select(BuildDeclaration).OfType<DeclarationSyntax>().ToList());

    /// <summary>The text's tree when its declarations were built while it was parsed (<see cref="DeclarationStream"/>).</summary>
    public CompilationUnitSyntax Build(FileContext file, IReadOnlyList<DeclarationSyntax> declarations)
    {
        var header = file.header() is { } headerContext ? BuildHeader(headerContext) : null;
        return new CompilationUnitSyntax(Span(file), header, declarations);
    }

    private InstructionHeaderSyntax BuildHeader(HeaderContext context)
    {
        var items = context.headerItem().Select(BuildHeaderItem).OfType<HeaderItemSyntax>().ToList();
        return new InstructionHeaderSyntax(Span(context), String(context.STRING(), context), items);
    }

    private HeaderItemSyntax? BuildHeaderItem(HeaderItemContext context) => context switch
    {
        TitleItemContext title => new TitleItemSyntax(Span(title), Label(title.label(), title)),
        NorItemContext nor => new NorItemSyntax(Span(nor), String(nor.STRING(), nor)),
        SignedItemContext signed => new SignedItemSyntax(Span(signed), DateValue(signed.dateValue(), signed)),
        ApplicableItemContext applicable => new ApplicableItemSyntax(Span(applicable),
            applicable.IMMEDIATEMENT() is null ? DateValue(applicable.dateValue(), applicable) : null),
        IssuersItemContext issuers => new IssuersItemSyntax(Span(issuers), issuers.STRING().Select(node => String(node, issuers)).ToList()),
        AmendsItemContext amends => new AmendsItemSyntax(Span(amends), amends.STRING().Select(node => String(node, amends)).ToList()),
        HeaderAssumptionContext assumption => Assumption(assumption.assumption()),
        _ => null,
    };

    public DeclarationSyntax? BuildDeclaration(DeclarationContext context) =>
        context.programme() is { } programme ? BuildProgramme(programme)
        : context.dataDeclaration() is { } data ? BuildData(data)
        : context.windowDeclaration() is { } window ? BuildWindow(window)
        : context.prerequisiteDeclaration() is { } prerequisite ? BuildPrerequisite(prerequisite)
        : context.targetGrid() is { } grid ? BuildTargetGrid(grid)
        : context.testDeclaration() is { } test ? BuildTest(test)
        : null;

    private ProgrammeSyntax BuildProgramme(ProgrammeContext context) =>
        BuildProgramme(context, context.programmeItem().Select(BuildProgrammeItem).OfType<SyntaxNode>().ToList());

    /// <summary>A programme whose items were built as they were read (<see cref="DeclarationStream"/>).</summary>
    public ProgrammeSyntax BuildProgramme(ProgrammeContext context, IReadOnlyList<SyntaxNode> items) =>
        new(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()), OptionalLabel(context.label()), items);

    public SyntaxNode? BuildProgrammeItem(ProgrammeItemContext item) =>
        item.envelope() is { } envelope ? BuildEnvelope(envelope)
        : item.regionalEnvelope() is { } regional ? BuildRegionalEnvelope(regional)
        : item.rounding() is { } rounding ? BuildRounding(rounding)
        : item.overseasScope() is { } overseas ? BuildOverseasScope(overseas)
        : item.calendarRule() is { } calendar ? BuildCalendarRule(calendar)
        : item.admissibilityCondition() is { } condition ? BuildAdmissibilityCondition(condition)
        : item.assumption() is { } assumption ? Assumption(assumption)
        : item.volet() is { } volet ? BuildVolet(volet)
        : item.waiver() is { } waiver ? BuildWaiver(waiver)
        : null;

    private VoletSyntax BuildVolet(VoletContext context)
    {
        var items = context.voletItem().Select(item =>
            item.envelope() is { } envelope ? BuildEnvelope(envelope)
            : item.regionalEnvelope() is { } regional ? BuildRegionalEnvelope(regional)
            : item.windowList() is { } windows ? new WindowListSyntax(Span(windows), Names(windows.nameList()))
            : item.degressivity() is { } degressivity ? BuildDegressivity(degressivity)
            : item.admissibilityCondition() is { } condition ? BuildAdmissibilityCondition(condition)
            : item.assumption() is { } assumption ? Assumption(assumption)
            : item.domain() is { } domain ? BuildDomain(domain)
            : item.waiver() is { } waiver ? (SyntaxNode?)BuildWaiver(waiver)
            : null).OfType<SyntaxNode>().ToList();
        return new VoletSyntax(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()), OptionalLabel(context.label()), items);
    }

    private DomainSyntax BuildDomain(DomainContext context)
    {
        var items = context.domainItem().Select(item =>
            item.envelope() is { } envelope ? BuildEnvelope(envelope)
            : item.forfaitRule() is { } forfait ? new ForfaitRuleSyntax(Span(forfait), Expression(forfait.expression(), forfait))
            : item.eligibility() is { } eligibility ? new EligibilitySyntax(Span(eligibility), Expression(eligibility.expression(), eligibility))
            : item.assumption() is { } assumption ? Assumption(assumption)
            : item.indicator() is { } indicator ? BuildIndicator(indicator)
            : item.waiver() is { } waiver ? (SyntaxNode?)BuildWaiver(waiver)
            : null).OfType<SyntaxNode>().ToList();
        return new DomainSyntax(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()), OptionalLabel(context.label()), items);
    }

    private IndicatorSyntax BuildIndicator(IndicatorContext context)
    {
        var items = context.indicatorItem().Select(item => item switch
        {
            RateDefinitionContext rate => new RateDefinitionSyntax(Span(rate), Name(rate.numerator, rate), Name(rate.denominator, rate)),
            YesNoDefinitionContext yesNo => new YesNoDefinitionSyntax(Span(yesNo)),
            BonusRuleContext bonus => new BonusSyntax(Span(bonus), Expression(bonus.expression(), bonus)),
            ApplicabilityContext applicability => new ApplicabilitySyntax(Span(applicability), Expression(applicability.expression(), applicability)),
            IndicatorAssumptionContext assumption => Assumption(assumption.assumption()),
            _ => (SyntaxNode?)null,
        }).OfType<SyntaxNode>().ToList();
        return new IndicatorSyntax(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()), OptionalLabel(context.label()), items);
    }

    private EnvelopeSyntax BuildEnvelope(EnvelopeContext context) =>
        new(Span(context), Amount(context.amount(), context), context.envelopePart().Select(BuildEnvelopePart).ToList());

    private RegionalEnvelopeSyntax BuildRegionalEnvelope(RegionalEnvelopeContext context) =>
        new(Span(context), String(context.STRING(), context), context.EN() is null ? null : Name(context.name(), context),
            Amount(context.amount(), context), context.envelopePart().Select(BuildEnvelopePart).ToList());

    private EnvelopePartSyntax BuildEnvelopePart(EnvelopePartContext context) =>
        new(Span(context), Names(context.nameList()), context.STRING() is { } description ? String(description, context) : null, Amount(context.amount(), context));

    private static RoundingSyntax BuildRounding(RoundingContext context)
    {
        var mode = context.roundingMode() switch
        {
            { } m when m.SUPERIEUR() is not null => RoundingMode.Up,
            { } m when m.INFERIEUR() is not null => RoundingMode.Down,
            _ => RoundingMode.HalfAwayFromZero,
        };
        return new RoundingSyntax(Span(context), context.ALEURO() is null ? RoundingUnit.Cent : RoundingUnit.Euro, mode);
    }

    private WaiverSyntax BuildWaiver(WaiverContext context) =>
        new(Span(context), Name(context.name(), context), String(context.STRING(), context));

    private DegressivitySyntax BuildDegressivity(DegressivityContext context) =>
        new(Span(context), context.windowValue()
            .Select(value => new WindowValueSyntax(Span(value), Name(value.name(), value), Percentage(value.percentage(), value)))
            .ToList());

    private DataDeclarationSyntax BuildData(DataDeclarationContext context)
    {
        var typeContext = context.typeName();
        DataType? type = typeContext switch
        {
            null => null,
            _ when typeContext.ENTIER() is not null => DataType.Integer,
            _ when typeContext.DECIMAL() is not null => DataType.Decimal,
            _ when typeContext.POURCENTAGE() is not null => DataType.Percentage,
            _ when typeContext.MONTANT() is not null => DataType.Money,
            _ when typeContext.DATE_TYPE() is not null => DataType.Date,
            _ when typeContext.DUREE() is not null => DataType.Duration,
            _ when typeContext.BOOLEEN() is not null => DataType.Boolean,
            _ when typeContext.TEXTE() is not null => DataType.Text,
            _ when typeContext.categoryValues() is not null => DataType.Category,
            _ => null,
        };
        var typeSpan = typeContext is null ? new TextSpan(Span(context).End, 0) : Span(typeContext);
        var values = typeContext?.categoryValues() is { } category ? category.STRING().Where(node => !IsConjured(node)).Select(node => String(node, category)).ToList() : null;
        return new DataDeclarationSyntax(Span(context), Name(context.name(), context), type, typeSpan, OptionalLabel(context.label()),
            context.assumption() is { } assumption ? Assumption(assumption) : null, values);
    }

    private WindowSyntax BuildWindow(WindowDeclarationContext context)
    {
        var items = context.windowItem().Select(item => item switch
        {
            CandidacyPeriodContext candidacy => new CandidacyPeriodSyntax(Span(candidacy), Period(candidacy.period(), candidacy)),
            SelectionDelayContext selection => new SelectionDelaySyntax(Span(selection), Duration(selection.duration(), selection),
                selection.PLUS() is not null || selection.MAXIMUM() is not null),
            MeasurementPeriodContext measurement => new MeasurementPeriodSyntax(Span(measurement), OptionalLabel(measurement.label()), Period(measurement.period(), measurement)),
            MilestoneContext milestone => new MilestoneSyntax(Span(milestone), DateValue(milestone.dateValue(), milestone)),
            PostponementContext postponement => new PostponementSyntax(Span(postponement), Name(postponement.name(), postponement),
                postponement.postponementTerms() is { } terms ? new PostponementTermsSyntax(Span(terms), Name(terms.targets, terms), Name(terms.degressivityOf, terms)) : null),
            WindowAssumptionContext assumption => Assumption(assumption.assumption()),
            WindowWaiverContext waiver when waiver.waiver() is { } written => BuildWaiver(written),
            _ => (SyntaxNode?)null,
        }).OfType<SyntaxNode>().ToList();
        return new WindowSyntax(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()), OptionalLabel(context.label()), items);
    }

    private PrerequisiteSyntax BuildPrerequisite(PrerequisiteDeclarationContext context)
    {
        var items = context.prerequisiteItem().Select(item => item switch
        {
            PrerequisiteGroupContext group => new PrerequisiteGroupSyntax(Span(group), String(group.STRING(), group)),
            PrerequisiteVoletsContext volets => new PrerequisiteVoletsSyntax(Span(volets), Names(volets.nameList())),
            PrerequisiteToleranceContext tolerance => new PrerequisiteToleranceSyntax(Span(tolerance), Names(tolerance.nameList())),
            PrerequisiteAssumptionContext assumption => Assumption(assumption.assumption()),
            _ => (SyntaxNode?)null,
        }).OfType<SyntaxNode>().ToList();
        return new PrerequisiteSyntax(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()), OptionalLabel(context.label()), items);
    }

    private TargetGridSyntax BuildTargetGrid(TargetGridContext context)
    {
        var header = context.gridHeader();
        var windows = header?.name().Select(name => Name(name, header)).ToList() ?? [];
        var rows = context.gridRow().Select(row => new GridRowSyntax(Span(row), Name(row.name(), row), row.gridCell().Select(BuildCell).ToList(),
            row.assumption() is { } rowAssumption ? Assumption(rowAssumption) : null)).ToList();
        return new TargetGridSyntax(Span(context), Name(context.name(), context), Keyword(context.MODIFIE()),
            context.assumption() is { } assumption ? Assumption(assumption) : null, windows, rows);
    }

    private GridCellSyntax BuildCell(GridCellContext context) => context switch
    {
        PercentageCellContext percentage => new GridCellSyntax(Span(percentage), GridCellKind.Percentage, Percentage(percentage.percentage(), percentage)),
        YesCellContext yes => new GridCellSyntax(Span(yes), GridCellKind.Yes, null),
        NoCellContext no => new GridCellSyntax(Span(no), GridCellKind.No, null),
        _ => new GridCellSyntax(Span(context), GridCellKind.NoTarget, null),
    };

    // ------------------------------------------------------------------ spans and small pieces

    internal static TextSpan Span(ParserRuleContext context)
    {
        var start = context.Start?.StartIndex ?? 0;
        var stop = context.Stop;
        if (stop is { Type: not TokenConstants.EOF, StopIndex: >= 0 } && stop.StopIndex < start && context.Start?.TokenIndex > stop.TokenIndex)
        {
            // Nothing read: the rule sits right after the token before it, where its absence is reported.
            return new TextSpan(stop.StopIndex + 1, 0);
        }

        return stop is null || stop.StopIndex < start || stop.Type == TokenConstants.EOF
            ? new TextSpan(Math.Max(0, start), stop is { Type: TokenConstants.EOF } && stop.StartIndex > start ? stop.StartIndex - start : 0)
            : TextSpan.FromBounds(start, stop.StopIndex + 1);
    }

    private static TextSpan Span(ITerminalNode node) => SyntaxErrorStrategy.SpanOf(node.Symbol);

    /// <summary>A zero-length span right after <paramref name="context"/>: where something missing should have been.</summary>
    private static TextSpan After(ParserRuleContext context) => new(Span(context).End, 0);

    private KeywordSyntax? Keyword(ITerminalNode? node) =>
        node is null || IsConjured(node) ? null : new KeywordSyntax(Span(node), Spelling(node));

    private string Spelling(ITerminalNode node) => spellings.Get(node.Symbol.StartIndex, node.Symbol.StopIndex - node.Symbol.StartIndex + 1);

    private static bool IsConjured(ITerminalNode node) => node.Symbol.TokenIndex < 0 || node.Symbol.StartIndex < 0 || node is IErrorNode;

    private IdentifierSyntax Name(NameContext? name, ParserRuleContext owner)
    {
        var id = name?.ID();
        return id is null || IsConjured(id)
            ? new IdentifierSyntax(name is null ? After(owner) : new TextSpan(Span(name).Start, 0), string.Empty)
            : new IdentifierSyntax(Span(id), Spelling(id));
    }

    private IReadOnlyList<IdentifierSyntax> Names(NameListContext? list) =>
        list?.name().Select(name => Name(name, list)).Where(name => !name.IsMissing).ToList() ?? [];

    private static StringSyntax String(ITerminalNode? node, ParserRuleContext owner) =>
        node is null || IsConjured(node)
            ? new StringSyntax(After(owner), string.Empty)
            : new StringSyntax(Span(node), LiteralParsing.UnquoteString(node.GetText(), out _));

    private static LabelSyntax? OptionalLabel(LabelContext? label) =>
        label is null ? null : Label(label, label);

    private static LabelSyntax Label(LabelContext? label, ParserRuleContext owner)
    {
        if (label is null)
        {
            return new LabelSyntax(After(owner), []);
        }

        var parts = label.STRING().Where(node => !IsConjured(node)).Select(node => String(node, label)).ToList();
        return new LabelSyntax(Span(label), parts);
    }
}
