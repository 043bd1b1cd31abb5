using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Evaluates every readable row of a batch under the rules in force on one date. Rows of the same
/// establishment in the same window are all refused (which one is right cannot be guessed, and
/// paying twice is not an option); establishments are compared by their FINESS number in its one
/// spelling, so "75 000 001 0" and "750000010" are the same. A row whose values the rules refuse is
/// reported with the reason; the other rows are evaluated whatever happens to their neighbours.
/// </summary>
internal static class BatchEvaluator
{
    public static IReadOnlyList<RowOutcome> Evaluate(InputBatch batch, IProgrammeRules rules, DateOnly asOf, Action? onRowDone = null)
    {
        var duplicates = batch.Rows
            .Select(row => (Row: row, Key: Key(row)))
            .Where(entry => entry.Key is not null)
            .GroupBy(entry => entry.Key!.Value)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Select(entry => (entry.Row, Lines: string.Join(", ", group.Select(other => other.Row.Line)))))
            .ToDictionary(entry => entry.Row, entry => entry.Lines, RowIdentity.Instance);

        var outcomes = batch.Errors.Select(error => new RowOutcome(error.Line, error.Establishment, null, null, error)).ToList();
        foreach (var row in batch.Rows)
        {
            outcomes.Add(duplicates.TryGetValue(row, out var lines)
                ? Duplicate(row, Key(row)!.Value, lines)
                : Evaluate(row, rules, asOf));
            onRowDone?.Invoke();
        }

        return outcomes.OrderBy(outcome => outcome.Line).ToList();
    }

    /// <summary>
    /// The evaluation boundary: whatever a row's values make the builder or the rules do, the row
    /// ends evaluated or refused. An overflow anywhere in reading or judging it (a value beyond a
    /// decimal, a product of two huge values) is a value error of the row, not of the batch.
    /// </summary>
    private static RowOutcome Evaluate(InputRow row, IProgrammeRules rules, DateOnly asOf)
    {
        try
        {
            var decision = rules.Evaluate(CandidacyFactory.Build(row, rules.Schema), asOf);
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

    /// <summary>The establishment's FINESS number in its one spelling and the window; null when either cannot be read (the row is refused for it).</summary>
    private static (string Establishment, string Window)? Key(InputRow row) =>
        row.Establishment is { } establishment && row.Window is { Length: > 0 } window && FinessNumber.TryNormalize(establishment, out var number, out _)
            ? (number, window)
            : null;

    private static RowOutcome Duplicate(InputRow row, (string Establishment, string Window) key, string lines) => Refused(row,
        $"l'établissement {key.Establishment} a plusieurs candidatures en {UntrustedText.Printable(key.Window)} (lignes {lines}) : gardez-en une seule",
        $"establishment {key.Establishment} has several candidatures in {UntrustedText.Printable(key.Window)} (lines {lines}): keep only one");

    private static RowOutcome Refused(InputRow row, string french, string english) =>
        new(row.Line, row.Establishment, row.Window, null, new RowError(row.Line, row.Establishment, french, english));
}

/// <summary>Rows are told apart by identity: two rows with the same values are still two rows.</summary>
internal sealed class RowIdentity : IEqualityComparer<InputRow>
{
    public static readonly RowIdentity Instance = new();

    public bool Equals(InputRow? x, InputRow? y) => ReferenceEquals(x, y);

    public int GetHashCode(InputRow obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
