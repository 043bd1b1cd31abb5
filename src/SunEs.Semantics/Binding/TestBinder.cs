using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics.Binding;

/// <summary>Resolves the tests written in the texts: names, constant values and their types, against the rules in force on the test's date.</summary>
internal sealed partial class TestBinder(NameResolver names, SemanticDiagnostics diagnostics, Consolidator consolidator)
{
    public IReadOnlyList<BoundTest> Bind(IReadOnlyList<InstructionSymbol> instructions)
    {
        var tests = new List<BoundTest>();
        // A test's name is unique within its programme: two programmes may each have their « F1 : cas nominal ».
        var byName = new Dictionary<(EntitySymbol? Programme, string Name), BoundTest>();
        foreach (var instruction in instructions)
        {
            foreach (var syntax in instruction.Tree.Root.Declarations.OfType<TestSyntax>())
            {
                var test = BindTest(syntax, instruction);
                if (byName.TryGetValue((test.Programme, test.Name), out var existing))
                {
                    diagnostics.Report(DiagnosticCatalog.DuplicateTestName, test.Location, test.Name, existing.Location.ToString());
                    test.IsComplete = false;
                }
                else
                {
                    byName[(test.Programme, test.Name)] = test;
                }

                tests.Add(test);
            }
        }

        return tests;
    }

    private BoundTest BindTest(TestSyntax syntax, InstructionSymbol instruction)
    {
        var test = new BoundTest(syntax, instruction) { Programme = instruction.Programme };
        var complete = true;
        if (syntax.AsOf?.Value is { } asOf)
        {
            test.AsOf = asOf;
        }
        else
        {
            complete &= syntax.AsOf is not null;
            if (syntax.AsOf is null)
            {
                diagnostics.ReportMissingPart(DiagnosticCatalog.TestWithoutDate, test.Location, [(instruction.Tree, syntax.Span)], test.Name);
            }
        }

        var candidacy = syntax.Items.OfType<CandidacySyntax>().FirstOrDefault();
        if (candidacy is null)
        {
            diagnostics.ReportMissingPart(DiagnosticCatalog.TestWithoutCandidacy, test.Location, [(instruction.Tree, syntax.Span)], test.Name);
            complete = false;
        }
        else
        {
            test.Window = names.Resolve(candidacy.Window, EntityKind.Window, instruction, test.Programme);
            // A test in a text without programme belongs to the programme of its window.
            test.Programme ??= test.Window?.Programme;
        }

        if (test.Programme is null && names.Symbols.Programmes.Count > 1)
        {
            // Which programme judges the test is unknown (already reported): its other names could only be reported again as ambiguous.
            test.IsComplete = false;
            return test;
        }

        if (candidacy is not null)
        {
            test.Domains = names.ResolveList(candidacy.Domains, EntityKind.Domain, instruction, test.Name, test.Programme);
            complete &= test.Window is not null && test.Domains.Count == candidacy.Domains.Count;
        }

        ReportDuplicateItems<CandidacySyntax>(syntax, instruction);
        ReportDuplicateItems<EstablishmentSyntax>(syntax, instruction);
        ReportDuplicateItems<PrerequisiteStatusSyntax>(syntax, instruction);
        test.Establishment = syntax.Items.OfType<EstablishmentSyntax>().FirstOrDefault()?.Identifier.Value;
        test.PostponementRequested = syntax.Items.OfType<PostponementRequestSyntax>().Any();
        complete &= BindCalendar(syntax, instruction, test);
        if (syntax.Items.OfType<PrerequisiteStatusSyntax>().FirstOrDefault() is { } status)
        {
            test.PrerequisiteStatus = status.Kind;
            test.PrerequisiteNames = names.ResolveList(status.Names, EntityKind.Prerequisite, instruction, test.Name, test.Programme);
            complete &= test.PrerequisiteNames.Count == status.Names.Count;
        }

        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var data = new List<TestDatum>();
        var measures = new List<TestMeasure>();
        foreach (var list in syntax.Items.OfType<AssignmentListSyntax>())
        {
            foreach (var assignment in list.Assignments)
            {
                if (!assignment.Target.IsMissing && !assigned.Add(assignment.Target.Text))
                {
                    diagnostics.Report(DiagnosticCatalog.DuplicateAssignment, instruction.Tree.GetLocation(assignment.Target.Span), assignment.Target.Text);
                    complete = false;
                    continue;
                }

                complete &= list.IsMeasures ? BindMeasure(assignment, instruction, test.Programme, measures) : BindDatum(assignment, instruction, test.Programme, data);
            }
        }

        test.Data = data;
        test.Measures = measures;
        complete &= BindEarlierOutcomes(syntax, instruction, test);
        test.Expectations = BindExpectations(syntax, instruction, test, ref complete);
        if (test is { AsOf: { } date, Window: { } window })
        {
            var rules = consolidator.Consolidate(date);
            foreach (var entity in test.Domains.Prepend(window).Where(entity => !rules.IsInForce(entity)))
            {
                diagnostics.Report(DiagnosticCatalog.WindowNotInForce, test.Location, InstructionBinder.Format(date), entity.Id);
                complete = false;
            }

            if (test.PostponementRequested && rules.FindWindow(window)?.Postponement is null
                && syntax.Items.OfType<PostponementRequestSyntax>().First() is var request)
            {
                diagnostics.Report(DiagnosticCatalog.PostponementNotInForce, instruction.Tree.GetLocation(request), window.Id, InstructionBinder.Format(date));
                complete = false;
            }
        }

        test.IsComplete = complete;
        return test;
    }

    private IReadOnlyList<TestExpectation> BindExpectations(TestSyntax syntax, InstructionSymbol instruction, BoundTest test, ref bool complete)
    {
        var expectations = new List<TestExpectation>();
        var lists = syntax.Items.OfType<ExpectationListSyntax>().ToList();
        if (lists.Count == 0)
        {
            diagnostics.ReportMissingPart(DiagnosticCatalog.TestWithoutExpectation, test.Location, [(instruction.Tree, syntax.Span)], test.Name);
            complete = false;
        }

        foreach (var expectation in lists.SelectMany(list => list.Expectations))
        {
            var location = instruction.Tree.GetLocation(expectation);
            EntitySymbol? subject = null;
            if (expectation.Subject is { } name)
            {
                var kind = expectation.Kind switch
                {
                    ExpectationKind.Met or ExpectationKind.Missed or ExpectationKind.NotApplicable or ExpectationKind.NotMeasured => EntityKind.Indicator,
                    ExpectationKind.VoletAdmissible or ExpectationKind.VoletInadmissible => EntityKind.Volet,
                    _ => EntityKind.Domain,
                };
                subject = names.Resolve(name, kind, instruction, test.Programme);
                if (subject is null)
                {
                    complete = false;
                    continue;
                }

                var domain = kind switch
                {
                    EntityKind.Domain => subject,
                    EntityKind.Indicator => subject.Parent,
                    _ => null,
                };
                if (test.Domains.Count > 0 && domain is not null && !test.Domains.Contains(domain))
                {
                    diagnostics.Report(DiagnosticCatalog.DomainNotRequested, instruction.Tree.GetLocation(name.Span), domain.Id);
                    complete = false;
                }
            }

            expectations.Add(new TestExpectation(expectation.Kind, subject, expectation.Amount?.Euros, location));
        }

        return expectations;
    }

    private bool BindDatum(AssignmentSyntax assignment, InstructionSymbol instruction, EntitySymbol? programme, List<TestDatum> data)
    {
        if (names.Resolve(assignment.Target, EntityKind.Data, instruction, programme) is not { DataType: { } dataType } datum)
        {
            return false;
        }

        var expected = ValueTypes.FromDataType(dataType);
        if (Constant(assignment, instruction) is not { } value)
        {
            return false;
        }

        if (expected == ValueType.Category && value.Type == ValueType.Text)
        {
            if (!CategoryValues.IsValueOf(diagnostics, names, datum, value.Text, instruction.Tree.GetLocation(assignment.Value)))
            {
                return false;
            }

            data.Add(new TestDatum(datum, value with { Type = expected }, instruction.Tree.GetLocation(assignment)));
            return true;
        }

        if (value.Type != expected && !(expected == ValueType.Decimal && value.Type == ValueType.Integer))
        {
            diagnostics.Report(DiagnosticCatalog.AssignmentTypeMismatch, instruction.Tree.GetLocation(assignment.Value), datum.Id, expected.Describe(), value.Type.Describe());
            return false;
        }

        if (expected == ValueType.Percentage && !CheckRate(value.Number, assignment, instruction))
        {
            return false;
        }

        if (expected is ValueType.Money or ValueType.Duration && value.Number < 0)
        {
            diagnostics.Report(DiagnosticCatalog.NegativeAmount, instruction.Tree.GetLocation(assignment.Value), instruction.Tree.Text[assignment.Value.Span]);
            return false;
        }

        data.Add(new TestDatum(datum, value with { Type = expected }, instruction.Tree.GetLocation(assignment)));
        return true;
    }

    private bool BindMeasure(AssignmentSyntax assignment, InstructionSymbol instruction, EntitySymbol? programme, List<TestMeasure> measures)
    {
        if (names.Resolve(assignment.Target, EntityKind.Indicator, instruction, programme) is not { } indicator)
        {
            return false;
        }

        var location = instruction.Tree.GetLocation(assignment);
        if (assignment.Value is BinaryExpressionSyntax { Operator: BinaryOperator.Divide, Left: LiteralExpressionSyntax { Kind: LiteralKind.Integer } numerator, Right: LiteralExpressionSyntax { Kind: LiteralKind.Integer } denominator })
        {
            measures.Add(new TestMeasure(indicator, new MeasuredRatio(numerator.Number, denominator.Number), location));
            return true;
        }

        if (Constant(assignment, instruction) is not { } value)
        {
            return false;
        }

        switch (value.Type)
        {
            case ValueType.Percentage when CheckRate(value.Number, assignment, instruction):
                measures.Add(new TestMeasure(indicator, new MeasuredRate(value.Number), location));
                return true;
            case ValueType.Boolean:
                measures.Add(new TestMeasure(indicator, new MeasuredYesNo(value.Boolean), location));
                return true;
            case ValueType.Percentage:
                return false;
            default:
                diagnostics.Report(DiagnosticCatalog.AssignmentTypeMismatch, instruction.Tree.GetLocation(assignment.Value), indicator.Id,
                    new LocalizedText("pourcentage, rapport « n / d » ou oui/non", "percentage, 'n / d' ratio or yes/no"), value.Type.Describe());
                return false;
        }
    }

    private bool CheckRate(decimal points, AssignmentSyntax assignment, InstructionSymbol instruction)
    {
        if (points is >= 0 and <= 100)
        {
            return true;
        }

        diagnostics.Report(DiagnosticCatalog.PercentageOutOfRange, instruction.Tree.GetLocation(assignment.Value), points);
        return false;
    }

    /// <summary>A test value must be a literal (possibly negated); anything else is reported.</summary>
    private ConstantValue? Constant(AssignmentSyntax assignment, InstructionSymbol instruction)
    {
        var (expression, negate) = assignment.Value is UnaryExpressionSyntax { Operator: UnaryOperator.Negate } unary ? (unary.Operand, true) : (assignment.Value, false);
        if (expression is MissingExpressionSyntax)
        {
            return null;
        }

        if (expression is not LiteralExpressionSyntax literal || (literal.Kind == LiteralKind.Date && literal.Date is null))
        {
            diagnostics.Report(DiagnosticCatalog.AssignmentNotConstant, instruction.Tree.GetLocation(assignment.Value), assignment.Target.Text);
            return null;
        }

        var sign = negate ? -1 : 1;
        return literal.Kind switch
        {
            LiteralKind.Integer => new ConstantValue(ValueType.Integer, sign * literal.Number),
            LiteralKind.Decimal => new ConstantValue(ValueType.Decimal, sign * literal.Number),
            LiteralKind.Percentage => new ConstantValue(ValueType.Percentage, sign * literal.Number),
            LiteralKind.Money => new ConstantValue(ValueType.Money, sign * literal.Number),
            LiteralKind.Duration => new ConstantValue(ValueType.Duration, sign * literal.Number) { DurationUnit = literal.DurationUnit },
            LiteralKind.Date => new ConstantValue(ValueType.Date, Date: literal.Date!.Value),
            LiteralKind.Boolean => new ConstantValue(ValueType.Boolean, Boolean: literal.Boolean),
            _ => new ConstantValue(ValueType.Text, Text: literal.Text),
        };
    }

    private void ReportDuplicateItems<T>(TestSyntax syntax, InstructionSymbol instruction)
        where T : SyntaxNode
    {
        foreach (var duplicate in syntax.Items.OfType<T>().Skip(1))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateItem, instruction.Tree.GetLocation(duplicate), instruction.Tree.Text[duplicate.Span].Split(' ', 2)[0], syntax.Name.Value);
        }
    }
}
