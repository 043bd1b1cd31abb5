using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Evaluates every readable row of a batch under the rules in force on one date. Rows of the same
/// establishment in the same window are all refused (which one is right cannot be guessed, and
/// paying twice is not an option); a row whose values the rules refuse is reported with the
/// reason; the other rows are evaluated whatever happens to their neighbours.
/// </summary>
internal static class BatchEvaluator
{
    public static IReadOnlyList<RowOutcome> Evaluate(InputBatch batch, IProgrammeRules rules, DateOnly asOf, Action? onRowDone = null)
    {
        var duplicates = batch.Rows
            .Where(row => row.Establishment is { Length: > 0 } && row.Window is { Length: > 0 })
            .GroupBy(row => (row.Establishment, row.Window))
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Select(row => (row, Lines: string.Join(", ", group.Select(other => other.Line)))))
            .ToDictionary(entry => entry.row, entry => entry.Lines, RowIdentity.Instance);

        var outcomes = batch.Errors.Select(error => new RowOutcome(error.Line, error.Establishment, null, null, error)).ToList();
        foreach (var row in batch.Rows)
        {
            outcomes.Add(duplicates.TryGetValue(row, out var lines)
                ? Refused(row, $"l'établissement {row.Establishment} a plusieurs candidatures en {row.Window} (lignes {lines}) : gardez-en une seule",
                    $"establishment {row.Establishment} has several candidatures in {row.Window} (lines {lines}): keep only one")
                : Evaluate(row, rules, asOf));
            onRowDone?.Invoke();
        }

        return outcomes.OrderBy(outcome => outcome.Line).ToList();
    }

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
    }

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
