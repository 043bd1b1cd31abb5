using static SunEs.Syntax.Generated.SunEsParser;

namespace SunEs.Syntax.Parsing;

internal sealed partial class SyntaxTreeBuilder
{
    private TestSyntax BuildTest(TestDeclarationContext context)
    {
        var asOf = context.AU() is null ? null : DateValue(context.dateValue(), context);
        var items = context.testItem().Select(BuildTestItem).OfType<SyntaxNode>().ToList();
        return new TestSyntax(Span(context), String(context.STRING(), context), asOf, items);
    }

    private SyntaxNode? BuildTestItem(TestItemContext context) => context switch
    {
        EstablishmentItemContext establishment => new EstablishmentSyntax(Span(establishment), String(establishment.STRING(), establishment)),
        CandidacyItemContext candidacy => new CandidacySyntax(Span(candidacy), Name(candidacy.name(), candidacy), Names(candidacy.nameList())),
        PostponementRequestItemContext postponement => new PostponementRequestSyntax(Span(postponement)),
        FiledOnItemContext filed => new FiledOnSyntax(Span(filed), DateValue(filed.dateValue(), filed)),
        ResultsOnItemContext results => new ResultsOnSyntax(Span(results), DateValue(results.dateValue(), results)),
        MeasuredPeriodItemContext measured => new MeasuredPeriodSyntax(Span(measured), Period(measured.period(), measured)),
        TerritoryItemContext territory => new TerritorySyntax(Span(territory), String(territory.STRING(), territory)),
        EarlierOutcomesItemContext outcomes => new EarlierOutcomesSyntax(Span(outcomes), outcomes.earlierOutcome().Select(BuildEarlierOutcome).ToList()),
        AllPrerequisitesItemContext all => new PrerequisiteStatusSyntax(Span(all), PrerequisiteStatusKind.AllExcept, Names(all.nameList())),
        SomePrerequisitesItemContext some => new PrerequisiteStatusSyntax(Span(some), PrerequisiteStatusKind.Only, Names(some.nameList())),
        NoPrerequisiteItemContext none => new PrerequisiteStatusSyntax(Span(none), PrerequisiteStatusKind.None, []),
        DataValuesItemContext data => new AssignmentListSyntax(Span(data), false, data.assignment().Select(BuildAssignment).ToList()),
        MeasuresItemContext measures => new AssignmentListSyntax(Span(measures), true, measures.assignment().Select(BuildAssignment).ToList()),
        ExpectationsItemContext expectations => new ExpectationListSyntax(Span(expectations), expectations.expectation().Select(BuildExpectation).ToList()),
        _ => null,
    };

    private EarlierOutcomeSyntax BuildEarlierOutcome(EarlierOutcomeContext context)
    {
        var span = Span(context);
        var keyword = context.ATTEINT() ?? context.FINANCE();
        return new EarlierOutcomeSyntax(span, Name(context.name(0), context), context.NON() is null, OutcomeKindOf(context.FINANCE()),
            keyword is null || IsConjured(keyword) ? new Text.TextSpan(span.End, 0) : Span(keyword), Name(context.name().Length > 1 ? context.name(1) : null, context));
    }

    private AssignmentSyntax BuildAssignment(AssignmentContext context) =>
        new(Span(context), Name(context.name(), context), Expression(context.expression(), context));

    private ExpectationSyntax BuildExpectation(ExpectationContext context)
    {
        var span = Span(context);
        return context switch
        {
            AdmissibleExpectationContext => new ExpectationSyntax(span, ExpectationKind.Admissible, null, null),
            InadmissibleExpectationContext => new ExpectationSyntax(span, ExpectationKind.Inadmissible, null, null),
            PartlyAdmissibleExpectationContext => new ExpectationSyntax(span, ExpectationKind.PartlyAdmissible, null, null),
            VoletAdmissibleExpectationContext volet => new ExpectationSyntax(span, ExpectationKind.VoletAdmissible, Name(volet.name(), volet), null),
            VoletInadmissibleExpectationContext volet => new ExpectationSyntax(span, ExpectationKind.VoletInadmissible, Name(volet.name(), volet), null),
            DomainInadmissibleExpectationContext domain => new ExpectationSyntax(span, ExpectationKind.DomainInadmissible, Name(domain.name(), domain), null),
            LateExpectationContext late => new ExpectationSyntax(span, ExpectationKind.Late, Name(late.name(), late), null),
            OutsidePeriodExpectationContext outside => new ExpectationSyntax(span, ExpectationKind.OutsidePeriod, Name(outside.name(), outside), null),
            FundedExpectationContext funded => new ExpectationSyntax(span, ExpectationKind.Funded, Name(funded.name(), funded),
                funded.money() is { } money ? Money(money, funded) : null),
            NotFundedExpectationContext notFunded => new ExpectationSyntax(span, ExpectationKind.NotFunded, Name(notFunded.name(), notFunded), null),
            IneligibleExpectationContext ineligible => new ExpectationSyntax(span, ExpectationKind.Ineligible, Name(ineligible.name(), ineligible), null),
            MetExpectationContext met => new ExpectationSyntax(span, ExpectationKind.Met, Name(met.name(), met), null),
            MissedExpectationContext missed => new ExpectationSyntax(span, ExpectationKind.Missed, Name(missed.name(), missed), null),
            NotMeasuredExpectationContext notMeasured => new ExpectationSyntax(span, ExpectationKind.NotMeasured, Name(notMeasured.name(), notMeasured), null),
            NotApplicableExpectationContext notApplicable => new ExpectationSyntax(span, ExpectationKind.NotApplicable, Name(notApplicable.name(), notApplicable), null),
            TotalExpectationContext total => new ExpectationSyntax(span, ExpectationKind.Total, null, Money(total.money(), total)),
            _ => new ExpectationSyntax(span, ExpectationKind.Admissible, null, null),
        };
    }
}
