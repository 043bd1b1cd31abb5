using System.Text;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Gathers the values of one candidature, column by column, for both readers. A column given twice
/// — the same key twice in a JSON object, or two spellings of one fixed column ("finess" and
/// "établissement") — is an error: which value is meant cannot be guessed. Values are trimmed and
/// put in Unicode normal form C; empty values are left out.
/// </summary>
internal sealed class InputRowBuilder(int line)
{
    private readonly Dictionary<FixedColumn, string> _fixed = [];
    private readonly Dictionary<FixedColumn, string> _fixedSpelling = [];
    private readonly HashSet<string> _ruleColumns = new(StringComparer.Ordinal);
    private readonly List<InputCell> _cells = [];

    public int Line => line;

    public string? Establishment => _fixed.GetValueOrDefault(InputColumns.Establishment);

    /// <summary>Adds a column's value; the error when the column was already given.</summary>
    public RowError? Add(string column, string value, bool isJsonNumber = false)
    {
        var name = InputColumns.Name(column);
        var text = value.Trim().Normalize(NormalizationForm.FormC);
        if (InputColumns.Find(name) is { } fixedColumn)
        {
            if (_fixedSpelling.TryGetValue(fixedColumn, out var first))
            {
                return Twice(first, name);
            }

            _fixedSpelling[fixedColumn] = name;
            if (text.Length > 0)
            {
                _fixed[fixedColumn] = text;
            }

            return null;
        }

        if (!_ruleColumns.Add(name))
        {
            return Twice(name, name);
        }

        if (text.Length > 0)
        {
            _cells.Add(new InputCell(name, text, isJsonNumber));
        }

        return null;
    }

    public InputRow Build() => new(line, _fixed, _cells);

    private RowError Twice(string first, string second) => first == second
        ? new RowError(line, Establishment,
            $"« {CellValues.Shown(second)} » est donné deux fois : laquelle des valeurs vaut ne se devine pas. Gardez-en une seule",
            $"'{CellValues.Shown(second)}' is given twice: which value holds cannot be guessed. Keep only one")
        : new RowError(line, Establishment,
            $"« {first} » et « {second} » désignent la même colonne : laquelle des valeurs vaut ne se devine pas. Gardez-en une seule",
            $"'{first}' and '{second}' name the same column: which value holds cannot be guessed. Keep only one");
}
