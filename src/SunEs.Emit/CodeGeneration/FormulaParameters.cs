using Microsoft.CodeAnalysis.CSharp.Syntax;
using R = SunEs.Runtime;

namespace SunEs.Emit.CodeGeneration;

/// <summary>
/// What a formula method (and each of its bracket tables) receives: the candidacy, the degressed
/// forfait in a bonus, and the decision being built when it reads outcomes of earlier windows.
/// </summary>
internal sealed record FormulaParameters(bool WithForfait, bool WithDecision)
{
    public IEnumerable<ParameterSyntax> Declarations
    {
        get
        {
            yield return Code.Parameter(nameof(R.Candidacy), "candidacy");
            if (WithForfait)
            {
                yield return Code.Parameter("decimal", "forfait");
            }

            if (WithDecision)
            {
                yield return Code.Parameter(nameof(R.DecisionBuilder), "decision");
            }
        }
    }

    public IEnumerable<ExpressionSyntax> Arguments
    {
        get
        {
            yield return ExpressionTranslator.Candidacy;
            if (WithForfait)
            {
                yield return ExpressionTranslator.Forfait;
            }

            if (WithDecision)
            {
                yield return OutcomeReadWriter.Decision;
            }
        }
    }
}
