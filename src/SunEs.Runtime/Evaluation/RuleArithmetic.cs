namespace SunEs.Runtime;

/// <summary>
/// The operations of rule expressions that are not plain C# operators: division, which fails with
/// the establishment named, and the smaller or larger of two values ("min", "max", "plafonné à",
/// "au moins"), the same for compiled and interpreted rules.
/// </summary>
public static class RuleArithmetic
{
    public static decimal Divide(Candidacy candidacy, decimal dividend, decimal divisor) =>
        divisor == 0 ? throw EvaluationException.DivisionByZero(candidacy.Establishment) : dividend / divisor;

    public static decimal Min(decimal first, decimal second) => first <= second ? first : second;

    public static decimal Max(decimal first, decimal second) => first >= second ? first : second;

    public static DateOnly Min(DateOnly first, DateOnly second) => first <= second ? first : second;

    public static DateOnly Max(DateOnly first, DateOnly second) => first >= second ? first : second;
}
