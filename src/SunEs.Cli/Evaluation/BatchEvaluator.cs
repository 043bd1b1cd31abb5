using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Evaluates the rows of a batch one at a time under the rules in force on one date. Rows of the
/// same establishment in the same window are all refused (which one is right cannot be guessed,
/// and paying twice is not an option): the <see cref="DuplicateIndex"/> of a first reading of the
/// whole file says which they are before the first is judged; establishments are compared by their
/// FINESS number in its one spelling, so "75 000 001 0" and "750000010" are the same. A row whose
/// values the rules refuse is reported with the reason; the other rows are evaluated whatever
/// happens to their neighbours.
/// </summary>
internal sealed class BatchEvaluator(IProgrammeRules rules, DateOnly asOf, DecisionDetail detail, DuplicateIndex duplicates, Func<Exception> changed)
{
    public RowOutcome Evaluate(InputItem item)
    {
        if (item.Row is not { } row)
        {
            return new RowOutcome(item.Error!.Line, item.Error.Establishment, null, null, item.Error);
        }

        return duplicates.Group(row, changed) is { } group ? Duplicate(row, group) : Evaluate(row);
    }

    /// <summary>
    /// The evaluation boundary: whatever a row's values make the builder or the rules do, the row
    /// ends evaluated or refused. An overflow anywhere in reading or judging it (a value beyond a
    /// decimal, a product of two huge values) is a value error of the row, not of the batch.
    /// </summary>
    private RowOutcome Evaluate(InputRow row)
    {
        try
        {
            var decision = rules.Evaluate(CandidacyFactory.Build(row, rules.Schema), asOf, detail);
            return new RowOutcome(row.Line, row.Establishment, row.Window, decision, null);
        }
        catch (EvaluationException exception)
        {
            return Refused(row, exception.Text.French, exception.Text.English);
        }
        catch (RowException exception)
        {
            return Refused(row, exception.French, exception.English);
        }
        catch (OverflowException overflow)
        {
            var text = EvaluationException.Overflow(null, overflow).Text;
            return Refused(row, text.French, text.English);
        }
    }

    private static RowOutcome Duplicate(InputRow row, DuplicateGroup group)
    {
        FinessNumber.TryNormalize(row.Establishment!, out var establishment, out _);
        var window = UntrustedText.Printable(row.Window!);
        return Refused(row,
            $"l'établissement {establishment} a plusieurs candidatures en {window} (lignes {group.Lines(english: false)}) : gardez-en une seule",
            $"establishment {establishment} has several candidatures in {window} (lines {group.Lines(english: true)}): keep only one");
    }

    private static RowOutcome Refused(InputRow row, string french, string english) =>
        new(row.Line, row.Establishment, row.Window, null, new RowError(row.Line, row.Establishment, french, english));
}
