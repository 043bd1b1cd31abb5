namespace SunEs.Cli.Evaluation;

/// <summary>
/// One candidature as read from an input file, before the rules give its values a meaning: the
/// line it starts on, the fixed fields by column, and every other column (a prerequisite, a datum
/// or an indicator of the rules) with its text. Empty cells are left out: nothing is assumed for them.
/// </summary>
internal sealed record InputRow(int Line, IReadOnlyDictionary<FixedColumn, string> Fixed, IReadOnlyList<InputCell> Cells)
{
    public string? Establishment => Fixed.GetValueOrDefault(InputColumns.Establishment);

    public string? Window => Fixed.GetValueOrDefault(InputColumns.Window);

    public IReadOnlyList<string> Domains => InputColumns.SplitList(Fixed.GetValueOrDefault(InputColumns.Domains) ?? string.Empty);

    public string? Postponement => Fixed.GetValueOrDefault(InputColumns.Postponement);
}

/// <summary>
/// A value given for a prerequisite, datum or indicator: the column (or key) it was under and its
/// text. A JSON number keeps its JSON spelling (a point, maybe an exponent) and says so, since its
/// digits are read differently from a French cell's.
/// </summary>
internal sealed record InputCell(string Column, string Value, bool IsJsonNumber = false);

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
