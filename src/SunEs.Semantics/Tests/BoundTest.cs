using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics;

/// <summary>A test of an instruction, resolved: the candidacy it describes and the outcome it expects.</summary>
public sealed class BoundTest
{
    internal BoundTest(TestSyntax syntax, InstructionSymbol instruction)
    {
        Syntax = syntax;
        Instruction = instruction;
    }

    public TestSyntax Syntax { get; }

    public InstructionSymbol Instruction { get; }

    public string Name => Syntax.Name.Value;

    public Location Location => Instruction.Tree.GetLocation(Syntax.Name.Span);

    /// <summary>The programme whose rules judge the test: its text's, or that of its window for a text without programme.</summary>
    public EntitySymbol? Programme { get; internal set; }

    /// <summary>The date whose rules in force the candidacy is judged by.</summary>
    public DateOnly? AsOf { get; internal set; }

    public string? Establishment { get; internal set; }

    public EntitySymbol? Window { get; internal set; }

    public IReadOnlyList<EntitySymbol> Domains { get; internal set; } = [];

    public bool PostponementRequested { get; internal set; }

    /// <summary>"déposée le …".</summary>
    public DateOnly? FiledOn { get; internal set; }

    /// <summary>"résultats transmis le …".</summary>
    public DateOnly? ResultsOn { get; internal set; }

    /// <summary>"mesurée du … au …".</summary>
    public DatePeriod? MeasuredPeriod { get; internal set; }

    /// <summary>"territoire "…"", by its canonical name.</summary>
    public string? Territory { get; internal set; }

    public PrerequisiteStatusKind PrerequisiteStatus { get; internal set; } = PrerequisiteStatusKind.AllExcept;

    /// <summary>With <see cref="PrerequisiteStatusKind.AllExcept"/> the ones not met; with <see cref="PrerequisiteStatusKind.Only"/> the only ones met.</summary>
    public IReadOnlyList<EntitySymbol> PrerequisiteNames { get; internal set; } = [];

    public IReadOnlyList<TestDatum> Data { get; internal set; } = [];

    public IReadOnlyList<TestMeasure> Measures { get; internal set; } = [];

    public IReadOnlyList<TestExpectation> Expectations { get; internal set; } = [];

    /// <summary>"résultats antérieurs …": the outcomes of earlier windows the candidacy gives.</summary>
    public IReadOnlyList<TestOutcome> EarlierOutcomes { get; internal set; } = [];

    /// <summary>False when a diagnostic made the test unrunnable.</summary>
    public bool IsComplete { get; internal set; }

    public bool IsPrerequisiteMet(EntitySymbol prerequisite) => PrerequisiteStatus switch
    {
        PrerequisiteStatusKind.AllExcept => !PrerequisiteNames.Contains(prerequisite),
        PrerequisiteStatusKind.Only => PrerequisiteNames.Contains(prerequisite),
        _ => false,
    };
}

/// <summary>A constant of a test: numbers, points, euros in <see cref="Number"/>; or a date, a boolean, a text.</summary>
public sealed record ConstantValue(ValueType Type, decimal Number = 0, DateOnly Date = default, bool Boolean = false, string Text = "")
{
    /// <summary>The unit of a duration ("3 mois": <see cref="Number"/> 3, months).</summary>
    public DurationUnit DurationUnit { get; init; }
}

public sealed record TestDatum(EntitySymbol Data, ConstantValue Value, Location Location);

/// <summary>How a test gives a measured indicator: a count ratio, a rate, or a yes/no.</summary>
public abstract record MeasuredValue;

public sealed record MeasuredRatio(decimal Numerator, decimal Denominator) : MeasuredValue;

public sealed record MeasuredRate(decimal Points) : MeasuredValue;

public sealed record MeasuredYesNo(bool Value) : MeasuredValue;

public sealed record TestMeasure(EntitySymbol Indicator, MeasuredValue Value, Location Location);

/// <summary>"D1 financé en F1" (<see cref="Value"/> true) or "EX1.1 non atteint en F1" (false).</summary>
public sealed record TestOutcome(OutcomeKind Kind, EntitySymbol Subject, EntitySymbol Window, bool Value, Location Location);

public sealed record TestExpectation(ExpectationKind Kind, EntitySymbol? Subject, decimal? Amount, Location Location);
