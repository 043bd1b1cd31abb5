using Antlr4.Runtime;
using SunEs.Syntax.Generated;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// The generated parser, bounded in how deeply it nests expressions. <see cref="ExpressionSizeGuard"/>
/// hides long runs of operators from the parser, but error recovery can splice runs together
/// (a stray token between two runs of "(" is deleted and the nesting goes on), so the parser
/// also counts its own recursion: an expression nested more than the limit fails as a syntax
/// error, reported as SUN0009, instead of overflowing the stack.
/// </summary>
internal sealed class DepthLimitedParser(ITokenStream input) : SunEsParser(input)
{
    private int _expressionDepth;

    /// <summary>What builds declarations as they are read; null when the whole parse tree is built first.</summary>
    public DeclarationStream? Declarations { get; set; }

    public override void ExitRule()
    {
        var context = Context;
        base.ExitRule();
        Declarations?.RuleRead(context);
    }

    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        if (_expressionDepth > ExpressionSizeGuard.Limit)
        {
            // Thrown before the rule is entered: the enclosing rule reports it and recovers.
            throw new ExpressionTooDeepException(this);
        }

        _expressionDepth++;
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    public override void UnrollRecursionContexts(ParserRuleContext _parentctx)
    {
        _expressionDepth--;
        base.UnrollRecursionContexts(_parentctx);
    }

    public override void Reset()
    {
        base.Reset();
        _expressionDepth = 0;
    }
}
