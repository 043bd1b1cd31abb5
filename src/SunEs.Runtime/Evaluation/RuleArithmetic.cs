namespace SunEs.Runtime;

/// <summary>The few operations of rule expressions that can fail: they fail with the establishment named.</summary>
public static class RuleArithmetic
{
    public static decimal Divide(Candidacy candidacy, decimal dividend, decimal divisor) =>
        divisor == 0 ? throw EvaluationException.DivisionByZero(candidacy.Establishment) : dividend / divisor;
}
