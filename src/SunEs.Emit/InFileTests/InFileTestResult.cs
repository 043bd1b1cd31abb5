using SunEs.Semantics;
using R = SunEs.Runtime;

namespace SunEs.Emit.InFileTests;

/// <summary>One test of the texts run against compiled rules: the decision, or the evaluation error, and the failed expectations.</summary>
public sealed record InFileTestResult(BoundTest Test, R.Decision? Decision, R.EvaluationException? Error, IReadOnlyList<ExpectationFailure> Failures)
{
    public bool Passed => Error is null && Failures.Count == 0;
}
