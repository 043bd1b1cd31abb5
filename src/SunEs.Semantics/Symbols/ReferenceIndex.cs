using SunEs.Text;

namespace SunEs.Semantics;

/// <summary>
/// The references of a compilation by text and position: finding the one under the caret is a
/// binary search, not a walk over every reference of the workspace. Among references covering
/// the same position, the first recorded wins, as in <see cref="Compilation.References"/>.
/// </summary>
internal sealed class ReferenceIndex
{
    private readonly Dictionary<SourceText, ByText> _byText = [];

    public ReferenceIndex(IReadOnlyList<SymbolReference> references)
    {
        for (var order = 0; order < references.Count; order++)
        {
            var reference = references[order];
            if (!_byText.TryGetValue(reference.Location.Source, out var text))
            {
                _byText[reference.Location.Source] = text = new ByText();
            }

            text.Add(reference, order);
        }

        foreach (var text in _byText.Values)
        {
            text.Sort();
        }
    }

    public SymbolReference? Find(SourceText text, int position) =>
        _byText.TryGetValue(text, out var references) ? references.Find(position) : null;

    /// <summary>One text's references sorted by start; no span is longer than <see cref="_longest"/>, which bounds the search window.</summary>
    private sealed class ByText
    {
        private readonly List<(int Start, int Order, SymbolReference Reference)> _entries = [];
        private int _longest;

        public void Add(SymbolReference reference, int order)
        {
            _entries.Add((reference.Location.Span.Start, order, reference));
            _longest = Math.Max(_longest, reference.Location.Span.Length);
        }

        public void Sort() => _entries.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));

        public SymbolReference? Find(int position)
        {
            // Every candidate starts in [position - longest, position]: scan that window from its first entry.
            var index = FirstStartingAtOrAfter(position - _longest);
            (int Order, SymbolReference Reference)? best = null;
            for (; index < _entries.Count && _entries[index].Start <= position; index++)
            {
                var (_, order, reference) = _entries[index];
                if (reference.Location.Span.ContainsOrTouches(position) && (best is null || order < best.Value.Order))
                {
                    best = (order, reference);
                }
            }

            return best?.Reference;
        }

        private int FirstStartingAtOrAfter(int start)
        {
            int low = 0, high = _entries.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (_entries[middle].Start < start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
