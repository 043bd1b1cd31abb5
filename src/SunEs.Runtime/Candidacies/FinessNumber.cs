using System.Diagnostics.CodeAnalysis;

namespace SunEs.Runtime;

/// <summary>
/// The FINESS number that identifies an establishment: nine characters, the first two the
/// département ("2A" or "2B" in Corsica), the last a Luhn check digit over the nine digits (it
/// is not checked for Corsica, whose letters the key's rule does not cover). The site of the FINESS
/// register writes them in groups ("75 000 001 0"): spaces between characters are dropped, and
/// nothing else is — an invisible character, a leading zero too many or a decimal point is not
/// the same number written otherwise but a mistake, so two spellings of one number can never pass
/// for two establishments.
/// </summary>
public static class FinessNumber
{
    public const int Length = 9;

    /// <summary>The number in its one spelling, or a <see cref="EvaluationException"/> (<see cref="EvaluationErrorKind.InvalidEstablishment"/>) saying what is wrong.</summary>
    public static string Normalize(string text) =>
        TryNormalize(text, out var number, out var problem)
            ? number
            : throw EvaluationException.Create(EvaluationErrorKind.InvalidEstablishment, null, UntrustedText.Printable(text),
                $"Numéro FINESS « {UntrustedText.Printable(text)} » invalide : {problem.French}",
                $"Invalid FINESS number '{UntrustedText.Printable(text)}': {problem.English}");

    public static bool TryNormalize(string text, out string number, [NotNullWhen(false)] out BilingualText? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        number = string.Empty;
        var length = text.Count(character => !IsGroupSpace(character));
        if (length != Length)
        {
            problem = new($"il a {length} caractère(s) au lieu de {Length}", $"it has {length} character(s) instead of {Length}");
            return false;
        }

        var compact = string.Concat(text.Where(character => !IsGroupSpace(character)));
        problem = Check(compact);
        number = problem is null ? compact : string.Empty;
        return problem is null;
    }

    /// <summary>Eight digits followed by their check digit: how a register (or test data) makes a valid number.</summary>
    public static string WithCheckDigit(string firstEight)
    {
        ArgumentNullException.ThrowIfNull(firstEight);
        if (firstEight.Length != Length - 1 || !firstEight.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Expected {Length - 1} digits, got '{UntrustedText.Printable(firstEight)}'.", nameof(firstEight));
        }

        var key = Enumerable.Range(0, 10).First(digit => HasLuhnKey(firstEight + (char)('0' + digit)));
        return firstEight + (char)('0' + key);
    }

    private static bool IsGroupSpace(char character) => character is ' ' or '\u00a0' or '\u202f';

    private static BilingualText? Check(string number)
    {
        var corsica = number[0] == '2' && number[1] is 'A' or 'B';
        for (var index = 0; index < Length; index++)
        {
            if (!char.IsAsciiDigit(number[index]) && !(corsica && index == 1))
            {
                return new($"le caractère {index + 1} n'est pas un chiffre", $"character {index + 1} is not a digit");
            }
        }

        return corsica || HasLuhnKey(number)
            ? null
            : new("sa clé (le dernier chiffre) ne correspond pas aux huit premiers : vérifiez le numéro", "its key (the last digit) does not match the first eight: check the number");
    }

    private static bool HasLuhnKey(string digits)
    {
        var sum = 0;
        for (var index = 0; index < digits.Length; index++)
        {
            var digit = digits[^(index + 1)] - '0';
            sum += index % 2 == 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }

        return sum % 10 == 0;
    }
}
