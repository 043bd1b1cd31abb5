using System.Globalization;

namespace SunEs.Text;

/// <summary>
/// Reads a number written with digits and at most one decimal point as a decimal only when the
/// decimal holds every digit written. <see cref="decimal.TryParse(string?, out decimal)"/> rounds
/// digits beyond what a decimal carries (28 to 29 significant digits): "54.99999999999999999999999999999"
/// would become 55. Here such a number is not read, so that no value is ever rounded in silence.
/// </summary>
public static class ExactDecimal
{
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && Digits(text) == Digits(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>"-0012.3400" → "12.34": the digits that carry the value (the sign is kept by the parse).</summary>
    private static string Digits(string number)
    {
        var unsigned = number.TrimStart('+', '-');
        var point = unsigned.IndexOf('.');
        var whole = (point < 0 ? unsigned : unsigned[..point]).TrimStart('0');
        var fraction = point < 0 ? string.Empty : unsigned[(point + 1)..].TrimEnd('0');
        return fraction.Length == 0 ? whole : $"{whole}.{fraction}";
    }
}
