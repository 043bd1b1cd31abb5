using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Semantics.Tests.Robustness;
using SunEs.Syntax;
using SunEs.Syntax.Formatting;
using SunEs.Text;

namespace SunEs.Fuzz;

/// <summary>
/// One fuzz execution: parse, bind, rules in force on every application date, every message in
/// both languages, then format, re-parse and format again. Any exception escaping is a finding;
/// so is a broken invariant, thrown as <see cref="InvariantBrokenException"/>.
/// </summary>
internal static class FrontEndTarget
{
    private static readonly DateOnly[] FixedDates = [new(2022, 6, 1), new(2024, 1, 1)];

    public static void Run(string content)
    {
        var tree = SyntaxParser.Parse(new SourceText("fuzz.sunes", content));
        var compilation = Compilation.Create([tree]);
        foreach (var date in FixedDates.Concat(compilation.Instructions.Select(instruction => instruction.AppliesFrom).OfType<DateOnly>()).Distinct())
        {
            _ = compilation.GetRulesInForce(date).Programmes.Count;
        }

        foreach (var diagnostic in compilation.Diagnostics)
        {
            Require(diagnostic.Location.Span.End <= content.Length, $"{diagnostic.Code} span {diagnostic.Location.Span} outside the text");
            _ = diagnostic.GetMessage(MessageLanguage.French) + diagnostic.GetMessage(MessageLanguage.English);
        }

        if (SyntaxFormatter.Format(tree) is not { } formatted)
        {
            return;
        }

        var reparsed = SyntaxParser.Parse(new SourceText("fuzz.sunes", formatted));
        Require(!reparsed.Diagnostics.Any(diagnostic => diagnostic.IsError), "the formatted text has syntax errors");
        Require(SyntaxFormatter.Format(reparsed) == formatted, "formatting is not idempotent");
        if (!compilation.HasErrors)
        {
            Require(BoundModelFingerprint.Of(compilation) == BoundModelFingerprint.Of(Compilation.Create([reparsed])), "the formatted text binds to another model");
        }
    }

    private static void Require(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvariantBrokenException(invariant);
        }
    }
}

/// <summary>A property every text must have does not hold: a finding, like a crash.</summary>
internal sealed class InvariantBrokenException(string invariant) : Exception(invariant);
