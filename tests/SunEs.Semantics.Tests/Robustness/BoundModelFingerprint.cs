using System.Globalization;
using System.Text;

namespace SunEs.Semantics.Tests.Robustness;

/// <summary>
/// What a compilation means, without where it was written: the diagnostics' codes, the
/// instructions, every entity with its label, the tests, and the rules in force on every date an
/// instruction starts to apply (windows and their dates, targets, degressivity, expressions,
/// prerequisites). Two layouts of the same texts must give the same fingerprint. Shared with the
/// fuzz harness (fuzz/SunEs.Fuzz), which links this file.
/// </summary>
internal static class BoundModelFingerprint
{
    public static string Of(Compilation compilation)
    {
        var print = new StringBuilder();
        // SUN0010 is left out: formatting turns invisible characters used as spacing into spaces,
        // the fix SUN0010 asks for (FormatterTests); in labels, which are kept, they change the label below.
        foreach (var code in compilation.Diagnostics.Where(diagnostic => diagnostic.Code != "SUN0010")
            .Select(diagnostic => $"{diagnostic.Severity} {diagnostic.Code}").Order(StringComparer.Ordinal))
        {
            print.AppendLine(code);
        }

        foreach (var instruction in compilation.Instructions)
        {
            print.AppendLine(Invariant($"instruction {instruction.Number} | {instruction.Title} | {instruction.Nor} | {instruction.SignedOn} | {instruction.AppliesFrom} | {instruction.AppliesImmediately} | {string.Join(",", instruction.Issuers)} | {string.Join(",", instruction.Amends)}"));
        }

        foreach (var entity in compilation.Entities.OrderBy(entity => entity.Kind).ThenBy(entity => entity.Id, StringComparer.Ordinal))
        {
            print.AppendLine(Invariant($"{entity.Kind} {entity.Id} in {entity.Parent?.Id} by {entity.DeclaringInstruction.Number} : {entity.DataType} | {entity.Label}"));
        }

        foreach (var test in compilation.Tests)
        {
            print.AppendLine("test " + test.Name);
        }

        var dates = compilation.Instructions.Select(instruction => instruction.AppliesFrom).OfType<DateOnly>().Distinct().Order();
        foreach (var date in dates)
        {
            Rules(compilation.GetRulesInForce(date), print);
        }

        return print.ToString();
    }

    private static void Rules(RulesInForce rules, StringBuilder print)
    {
        print.AppendLine(Invariant($"as of {rules.AsOf:yyyy-MM-dd}: {string.Join(",", rules.Instructions)}"));
        foreach (var programme in rules.Programmes)
        {
            print.AppendLine(Invariant($"programme {programme.Symbol} {programme.Label?.Value} {programme.Envelope?.Value.Euros} {programme.RoundingRule}"));
            foreach (var volet in programme.Volets)
            {
                print.AppendLine(Invariant($"  volet {volet.Symbol} {volet.Label?.Value} windows {string.Join(",", volet.WindowList)}"));
                foreach (var (window, rate) in volet.Degressivity.OrderBy(entry => entry.Key.Id, StringComparer.Ordinal))
                {
                    print.AppendLine(Invariant($"    degressivity {window} {rate.Value}"));
                }

                foreach (var ((indicator, window), target) in volet.Targets.OrderBy(entry => entry.Key.Indicator.Id, StringComparer.Ordinal).ThenBy(entry => entry.Key.Window.Id, StringComparer.Ordinal))
                {
                    print.AppendLine(Invariant($"    target {indicator} {window} {target.Value}"));
                }

                foreach (var domain in volet.Domains)
                {
                    print.AppendLine(Invariant($"    domain {domain.Symbol} {domain.Label?.Value} forfait {Expression(domain.Forfait?.Value)} eligible {Expression(domain.Eligibility?.Value)}"));
                    foreach (var indicator in domain.Indicators)
                    {
                        print.AppendLine(Invariant($"      indicator {indicator.Symbol} {indicator.Label?.Value} {indicator.Definition?.Value} bonus {Expression(indicator.Bonus?.Value)} if {Expression(indicator.Applicability?.Value)}"));
                    }
                }
            }
        }

        foreach (var window in rules.Windows)
        {
            print.AppendLine(Invariant($"window {window.Symbol} {window.Label?.Value} {window.Candidacy?.Value} {window.Selection?.Value} {window.Measurement?.Value.Label} {window.Measurement?.Value.Period} {window.Milestone?.Value} {window.Postponement?.Value}"));
        }

        foreach (var prerequisite in rules.Prerequisites)
        {
            print.AppendLine(Invariant($"prerequisite {prerequisite.Symbol} {prerequisite.Label?.Value} {prerequisite.Group?.Value} {string.Join(",", prerequisite.Volets ?? [])} tolerated {string.Join(",", prerequisite.Tolerance?.Value ?? [])}"));
        }

        print.AppendLine("data " + string.Join(",", rules.Data));
    }

    private static string Expression(BoundExpression? expression) => expression switch
    {
        null => "-",
        BoundLiteral literal => Invariant($"{literal.Type}:{literal.Number}/{literal.Date:yyyy-MM-dd}/{literal.Boolean}/{literal.Text}/{literal.DurationUnit}"),
        BoundDataReference data => data.Data.Id,
        BoundForfaitReference => "forfait",
        BoundUnary unary => $"({unary.Operator} {Expression(unary.Operand)})",
        BoundBinary binary => $"({Expression(binary.Left)} {binary.Operator} {Expression(binary.Right)})",
        BoundConditional conditional => $"(if {Expression(conditional.Condition)} then {Expression(conditional.WhenTrue)} else {Expression(conditional.WhenFalse)})",
        BoundBracketTable table => $"(table {Expression(table.Subject)} {string.Join(" ", table.Brackets.Select(bracket => $"[{Expression(bracket.UpTo)}: {Expression(bracket.Value)}]"))} else {Expression(table.Otherwise)})",
        _ => expression.GetType().Name,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
