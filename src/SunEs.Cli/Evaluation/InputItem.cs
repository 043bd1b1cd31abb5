namespace SunEs.Cli.Evaluation;

/// <summary>One candidature of a file in reading order: a row to evaluate, or the error that kept it from being read.</summary>
internal readonly record struct InputItem(InputRow? Row, RowError? Error)
{
    public int Line => Row?.Line ?? Error!.Line;

    public static implicit operator InputItem(InputRow row) => new(row, null);

    public static implicit operator InputItem(RowError error) => new(null, error);
}

/// <summary>
/// A candidature file as it is read: for CSV the header's line and the columns it names beyond
/// the fixed ones (checked against the rules before any row, so that a misspelt column stops the
/// run instead of refusing every row), and the candidatures, read one at a time when enumerated.
/// </summary>
internal sealed record CandidatureReading(int HeaderLine, IReadOnlyList<string> RuleColumns, IEnumerable<InputItem> Items);
