using Microsoft.CodeAnalysis.CSharp.Syntax;
using SunEs.Semantics;
using ExpressionSyntax = Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax;
using OutcomeReach = SunEs.Syntax.OutcomeReach;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// The reads of outcomes of earlier windows in formulas: each goes through the decision being
/// built ("decision.ReadOutcome(slot, rule)", "decision.ReadEarlierOutcomes(series, latestOnly, rule)"),
/// which checks it and remembers it for the explanation. The rule's provenance and the series of
/// outcome slots by window are constants of the formulas class, written once per outcome.
/// </summary>
internal sealed class OutcomeReadWriter(OutcomeSlots outcomes)
{
    public static readonly IdentifierNameSyntax Decision = Code.Id("decision");

    private readonly Dictionary<BoundOutcome, int> _indexes = new(ReferenceEqualityComparer.Instance);
    private readonly List<MemberDeclarationSyntax> _fields = [];

    public IReadOnlyList<MemberDeclarationSyntax> Fields => _fields;

    /// <summary>True when the expression reads an outcome, so that its method takes the decision.</summary>
    public static bool Reads(BoundExpression expression) => expression.DescendantsAndSelf().OfType<BoundOutcome>().Any();

    public ExpressionSyntax Read(BoundOutcome outcome)
    {
        if (!_indexes.TryGetValue(outcome, out var index))
        {
            index = _indexes.Count;
            _indexes[outcome] = index;
            _fields.Add(Field(nameof(R.Provenance), $"Outcome{index}Rule", ProvenanceSyntax.Of(outcome.Instruction, outcome.Location)));
            if (outcome.Window is null)
            {
                _fields.Add(Field("int[]", $"Outcome{index}Series", Code.Array("int", outcomes.Series(outcome).Select(Code.Int))));
            }
        }

        var rule = Code.Id($"Outcome{index}Rule");
        return outcome.Window is { } window
            ? Code.Call(Decision, nameof(R.DecisionBuilder.ReadOutcome), Code.Int(outcomes[new OutcomeFact(outcome.Kind, outcome.Subject, window)]), rule)
            : Code.Call(Decision, nameof(R.DecisionBuilder.ReadEarlierOutcomes), Code.Id($"Outcome{index}Series"), Code.Bool(outcome.Reach == OutcomeReach.PreviousWindow), rule);
    }

    private static FieldDeclarationSyntax Field(string type, string name, ExpressionSyntax value) =>
        Code.Field("private static readonly", type == "int[]" ? Code.ArrayOf("int") : Code.Type(type), name, value).Hide();
}
