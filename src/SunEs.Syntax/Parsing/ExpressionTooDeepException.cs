using Antlr4.Runtime;

namespace SunEs.Syntax.Parsing;

/// <summary>
/// The parser reached <see cref="ExpressionSizeGuard.Limit"/> nested expressions. An input
/// mismatch for ANTLR's strategies (so the bail-out pass gives up and the recovering pass
/// resynchronises as after any error); <see cref="SyntaxErrorStrategy"/> reports it as SUN0009.
/// </summary>
internal sealed class ExpressionTooDeepException(Parser recognizer) : InputMismatchException(recognizer);
