namespace SunEs.Diagnostics;

/// <summary>
/// Edit distances that only matter up to a bound: only the diagonal band of the matrix within
/// <c>bound</c> of the main diagonal is filled, one row at a time, and the computation stops as
/// soon as a whole row exceeds the bound. Time is O(min(n, m) × (2 × bound + 1)) at most, memory
/// O(m): a 66,000-character name costs what its length allows, never n × m.
/// </summary>
internal sealed class BandedEditDistance
{
    private int[] _twoBack = [];
    private int[] _previous = [];
    private int[] _current = [];

    /// <summary>Matrix cells filled so far, the unit of the suggestion budget.</summary>
    public long Cells { get; private set; }

    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions) when it is at
    /// most <paramref name="bound"/>, otherwise <c>bound + 1</c>.
    /// </summary>
    public int Alignment(string a, string b, int bound) => Compute(a, b, bound, substitution: 1, transpositions: true);

    /// <summary>
    /// Insertions and deletions only (a substitution costs two): small when one name holds the
    /// other's characters in order, as « …/CTO/2021/167 » holds « …/2021/167 ». Capped like <see cref="Alignment"/>.
    /// </summary>
    public int InsertionsAndDeletions(string a, string b, int bound) => Compute(a, b, bound, substitution: 2, transpositions: false);

    private int Compute(string a, string b, int bound, int substitution, bool transpositions)
    {
        var over = bound + 1;
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return over;
        }

        Prepare(b.Length + 2);
        for (var j = 0; j <= Math.Min(b.Length, bound); j++)
        {
            _current[j] = j;
        }

        _current[Math.Min(b.Length, bound) + 1] = over;
        for (var i = 1; i <= a.Length; i++)
        {
            (_twoBack, _previous, _current) = (_previous, _current, _twoBack);
            var low = Math.Max(1, i - bound);
            var high = Math.Min(b.Length, i + bound);
            _current[low - 1] = low == 1 ? Math.Min(i, over) : over;
            var rowMinimum = _current[low - 1];
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : substitution;
                var value = Math.Min(Math.Min(_previous[j] + 1, _current[j - 1] + 1), _previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, _twoBack[j - 2] + 1);
                }

                _current[j] = Math.Min(value, over);
                rowMinimum = Math.Min(rowMinimum, _current[j]);
            }

            if (high + 1 <= b.Length)
            {
                _current[high + 1] = over;
            }

            Cells += high - low + 1;
            if (rowMinimum > bound)
            {
                return over;
            }
        }

        return _current[b.Length];
    }

    /// <summary>Rows as long as the second name; outside the band every cell reads as "over the bound".</summary>
    private void Prepare(int length)
    {
        if (_current.Length < length)
        {
            _twoBack = new int[length];
            _previous = new int[length];
            _current = new int[length];
        }
    }
}
