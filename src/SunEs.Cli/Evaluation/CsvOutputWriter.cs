using System.Globalization;
using SunEs.Diagnostics;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// One CSV line per input row, in input order, written as each row is judged: evaluated rows with
/// their outcome, refused rows with their reason, so the output accounts for every row. Separator
/// ";", amounts with a point; the explanation column is empty with <c>--explain none</c>. A cell that
/// a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage return: an
/// input value echoed back, such as "=cmd|' /C calc'!A0") starts with an apostrophe instead, so
/// opening the file never runs it.
/// </summary>
internal sealed class CsvOutputWriter : IOutcomeWriter
{
    private readonly TextWriter _output;
    private readonly MessageLanguage _language;
    private readonly ExplanationLevel _explanation;
    private readonly string[] _cells = new string[8];

    public CsvOutputWriter(TextWriter output, MessageLanguage language, ExplanationLevel explanation)
    {
        (_output, _language, _explanation) = (output, language, explanation);
        output.WriteLine(language == MessageLanguage.English
            ? "line;establishment;window;result;admissible;total;domains;explanation"
            : "ligne;établissement;fenêtre;résultat;recevable;total;domaines;explication");
    }

    public void Write(RowOutcome outcome)
    {
        var english = _language == MessageLanguage.English;
        _cells[0] = outcome.Line.ToString(CultureInfo.InvariantCulture);
        if (outcome.Decision is { } decision)
        {
            (_cells[1], _cells[2], _cells[3]) = (decision.Establishment, decision.WindowId, _language.Pick("évaluée", "evaluated"));
            (_cells[4], _cells[5]) = (DecisionTexts.Admissibility(decision.Admissibility, _language), DecisionTexts.Invariant(decision.Total));
            _cells[6] = string.Join(" | ", decision.Summaries.Select(domain => $"{domain.DomainId}={DecisionTexts.Status(domain.Status, _language)} {DecisionTexts.Invariant(domain.FundedAmount)}"));
            _cells[7] = Explanations.Text(decision, _explanation, english) ?? string.Empty;
        }
        else
        {
            (_cells[1], _cells[2], _cells[3]) = (outcome.Establishment ?? string.Empty, outcome.Window ?? string.Empty, _language.Pick("erreur", "error"));
            (_cells[4], _cells[5], _cells[6], _cells[7]) = (string.Empty, string.Empty, string.Empty, outcome.Error!.In(english));
        }

        for (var index = 0; index < _cells.Length; index++)
        {
            if (index > 0)
            {
                _output.Write(';');
            }

            _output.Write(Cell(_cells[index]));
        }

        _output.WriteLine();
    }

    public void Complete(long evaluated, long refused) => _output.Flush();

    private static string Cell(string text)
    {
        var inert = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return inert.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 ? "\"" + inert.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : inert;
    }
}
