using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Binding;

/// <summary>
/// The values of a category datum in the texts: a rule or a test writes one exactly as the datum
/// declares it (input files may differ in case, accents and spacing; the runtime reads them).
/// </summary>
internal static class CategoryValues
{
    /// <summary>True when <paramref name="value"/> is one of the datum's values; otherwise reported, with the closest values as fixes.</summary>
    public static bool IsValueOf(SemanticDiagnostics diagnostics, NameResolver names, EntitySymbol datum, string value, Location location)
    {
        if (datum.IsCategoryValue(value))
        {
            return true;
        }

        var values = datum.CategoryValues;
        var suggestions = names.Closest(value, values);
        var fixes = suggestions
            .Select(suggestion => new DiagnosticFix(new LocalizedText($"Remplacer par « {suggestion} »", $"Replace with '{suggestion}'"), location.Span, $"\"{suggestion}\""))
            .ToList();
        diagnostics.ReportWithFixes(DiagnosticCatalog.UnknownCategoryValue, location, fixes, value, datum.Id, new NameList(values), SpellingSuggester.Hint(suggestions));
        return false;
    }

    /// <summary>The value without case, accents, or differences of spacing: two values with the same key are the same value.</summary>
    public static string Key(string text) => string.Join(' ', SpellingSuggester.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
