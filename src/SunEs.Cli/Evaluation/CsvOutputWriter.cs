using System.Globalization;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// One CSV line per input row, in input order: evaluated rows with their outcome, refused rows
/// with their reason, so the output accounts for every row. Separator ";", amounts with a point.
/// A cell that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
/// carriage return: an input value echoed back, such as "=cmd|' /C calc'!A0") starts with an
/// apostrophe instead, so opening the file never runs it.
/// </summary>
internal static class CsvOutputWriter
{
    public static void Write(IReadOnlyList<RowOutcome> outcomes, TextWriter output, MessageLanguage language)
    {
        var english = language == MessageLanguage.English;
        output.WriteLine(english
            ? "line;establishment;window;result;admissible;total;domains;explanation"
            : "ligne;établissement;fenêtre;résultat;recevable;total;domaines;explication");
        foreach (var outcome in outcomes)
        {
            var cells = outcome.Decision is { } decision
                ? new[]
                {
                    outcome.Line.ToString(CultureInfo.InvariantCulture), decision.Establishment, decision.WindowId,
                    language.Pick("évaluée", "evaluated"), DecisionTexts.Admissibility(decision.Admissibility, language),
                    DecisionTexts.Invariant(decision.Total),
                    string.Join(" | ", decision.Domains.Select(domain => $"{domain.DomainId}={DecisionTexts.Status(domain.Status, language)} {DecisionTexts.Invariant(domain.FundedAmount)}")),
                    decision.Explanation.In(english),
                }
                : [
                    outcome.Line.ToString(CultureInfo.InvariantCulture), outcome.Establishment ?? string.Empty, outcome.Window ?? string.Empty,
                    language.Pick("erreur", "error"), string.Empty, string.Empty, string.Empty, outcome.Error!.In(english),
                ];
            output.WriteLine(string.Join(';', cells.Select(Cell)));
        }
    }

    private static string Cell(string text)
    {
        var inert = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return inert.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 ? "\"" + inert.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : inert;
    }
}
