using System.Globalization;
using SunEs.Runtime;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Which rows of a batch share their establishment and window, found by a first reading that keeps
/// only a number per row: the FINESS number (nine characters of twelve kinds: digits, "A" and "B"
/// of Corsica) and the window's slot in the rules, packed exactly into 64 bits — no hash, so two
/// rows are never taken for one. The memory grows with the rows (30 to 60 bytes each as the table grows, the
/// evaluation itself holding none), never with what they hold. Rows whose establishment or window
/// the rules refuse have no key: they are refused for that. The second reading asks each row
/// again, and a row the first reading did not see as it is now means the file changed between the two.
/// </summary>
internal sealed class DuplicateIndex(CandidacySchema schema)
{
    /// <summary>How many lines of a group a message lists.</summary>
    public const int ListedLines = 10;

    private const int Several = -1;

    private readonly Dictionary<ulong, int> _firstLines = [];
    private readonly Dictionary<ulong, List<int>> _groups = [];

    public void Add(InputRow row)
    {
        if (Key(row) is not { } key)
        {
            return;
        }

        if (_firstLines.TryAdd(key, row.Line))
        {
            return;
        }

        if (_groups.TryGetValue(key, out var lines))
        {
            lines.Add(row.Line);
        }
        else
        {
            _groups[key] = [_firstLines[key], row.Line];
            _firstLines[key] = Several;
        }
    }

    /// <summary>
    /// The rows of the same establishment and window, null when the row is alone;
    /// <paramref name="changed"/> when the first reading did not see this row as it is.
    /// </summary>
    public DuplicateGroup? Group(InputRow row, Func<Exception> changed)
    {
        if (Key(row) is not { } key)
        {
            return null;
        }

        var first = _firstLines.TryGetValue(key, out var line) ? line : throw changed();
        if (first != Several)
        {
            return first == row.Line ? null : throw changed();
        }

        var group = _groups[key];
        if (!group.Contains(row.Line))
        {
            throw changed();
        }

        return new DuplicateGroup(string.Join(", ", group.Take(ListedLines).Select(number => number.ToString(CultureInfo.InvariantCulture))), group.Count);
    }

    /// <summary>The establishment and window as one number; null when the rules would refuse either.</summary>
    private ulong? Key(InputRow row)
    {
        if (row.Establishment is not { } establishment || row.Window is not { Length: > 0 } window
            || !FinessNumber.TryNormalize(establishment, out var number, out _) || schema.FindWindow(window) is not { } slot)
        {
            return null;
        }

        var packed = 0UL;
        foreach (var character in number)
        {
            packed = packed * 12 + (character switch { 'A' => 10UL, 'B' => 11UL, _ => (ulong)(character - '0') });
        }

        return (packed << 16) | (uint)slot.Slot;
    }
}

/// <summary>The rows sharing an establishment and a window: the first lines ("3, 7") and how many they are.</summary>
internal sealed record DuplicateGroup(string FirstLines, int Count)
{
    public string Lines(bool english) => Count <= DuplicateIndex.ListedLines
        ? FirstLines
        : english ? $"{FirstLines}… {Count} in all" : $"{FirstLines}… {Count} en tout";
}
