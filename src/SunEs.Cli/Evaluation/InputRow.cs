namespace SunEs.Cli.Evaluation;

/// <summary>
/// One candidature as read from an input file, before the rules give its values a meaning: the
/// line it starts on, the fixed fields, and every other column (a prerequisite, a datum or an
/// indicator of the rules) with its text. Empty cells are left out: nothing is assumed for them.
/// </summary>
internal sealed record InputRow(
    int Line,
    string? Establishment,
    string? Window,
    IReadOnlyList<string> Domains,
    string? Postponement,
    IReadOnlyList<InputCell> Cells);

/// <summary>A value given for a prerequisite, datum or indicator: the column (or key) it was under and its text.</summary>
internal sealed record InputCell(string Column, string Value);

/// <summary>A row that is reported instead of evaluated: its line (0 when it has none), the establishment when known, and why.</summary>
internal sealed record RowError(int Line, string? Establishment, string French, string English)
{
    public string In(bool english) => english ? English : French;
}

/// <summary>
/// What an input file holds: the rows to evaluate, the rows that could not even be read, and for
/// CSV the header's line and the columns it names beyond the fixed ones (checked against the rules
/// once, so that a misspelt column stops the run instead of refusing every row).
/// </summary>
internal sealed record InputBatch(IReadOnlyList<InputRow> Rows, IReadOnlyList<RowError> Errors, int HeaderLine = 0, IReadOnlyList<string>? RuleColumns = null);
