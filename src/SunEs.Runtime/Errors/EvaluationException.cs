namespace SunEs.Runtime;

/// <summary>
/// A candidacy that cannot be judged: a missing datum or measure, an impossible value, an
/// unknown window… The message names the datum or indicator and the establishment, in French
/// and English. Rules never replace what is missing with zero.
/// </summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(EvaluationErrorKind kind, string? establishment, string? subject, BilingualText text, Exception? inner = null)
        : base($"{text.French} | {text.English}", inner)
    {
        Kind = kind;
        Establishment = establishment;
        Subject = subject;
        Text = text;
    }

    public EvaluationErrorKind Kind { get; }

    /// <summary>The FINESS number of the establishment whose candidacy failed, when known.</summary>
    public string? Establishment { get; }

    /// <summary>The datum, indicator, window… the error is about.</summary>
    public string? Subject { get; }

    public BilingualText Text { get; }

    public string FrenchMessage => Text.French;

    public string EnglishMessage => Text.English;

    internal static string For(string? establishment, bool english) =>
        establishment is null ? string.Empty : english ? $" (establishment {establishment})" : $" (établissement {establishment})";

    internal static EvaluationException Create(EvaluationErrorKind kind, string? establishment, string? subject, string french, string english, Exception? inner = null) =>
        new(kind, establishment, subject, new BilingualText(french + For(establishment, false) + ".", english + For(establishment, true) + "."), inner);

    internal static EvaluationException UnknownName(string establishment, EvaluationErrorKind kind, string name, BilingualText what) =>
        Create(kind, establishment, UntrustedText.Printable(name),
            $"{Capitalize(what.French)} « {UntrustedText.Printable(name)} » n'existe pas dans ces règles", $"Unknown {what.English} '{UntrustedText.Printable(name)}' in these rules");

    public static EvaluationException MissingDatum(string establishment, DataField datum) =>
        Create(EvaluationErrorKind.MissingDatum, establishment, datum.Id,
            $"Donnée manquante : « {datum.Id} » est nécessaire aux règles et n'a pas été fournie",
            $"Missing datum: '{datum.Id}' is needed by the rules and was not given");

    public static EvaluationException NoRulesInForce(string establishment, DateOnly asOf, DateOnly firstEpoch) =>
        Create(EvaluationErrorKind.NoRulesInForce, establishment, Format(asOf),
            $"Aucune règle en vigueur au {Format(asOf)} : la première instruction s'applique à partir du {Format(firstEpoch)}",
            $"No rules in force on {Format(asOf)}: the first instruction applies from {Format(firstEpoch)}");

    /// <summary>A value of the candidacy, or a computation on it, beyond what a decimal holds (about ±7.9 × 10^28): the candidacy is refused, never rounded or wrapped.</summary>
    public static EvaluationException Overflow(string? establishment, OverflowException overflow) =>
        Create(EvaluationErrorKind.Overflow, establishment, null,
            "Dépassement de capacité : une valeur de la candidature, ou un calcul sur elle, dépasse ce qu'un nombre décimal porte (environ ±7,9 × 10^28)",
            "Arithmetic overflow: a value of the candidacy, or a computation on it, exceeds what a decimal number holds (about ±7.9 × 10^28)", overflow);

    public static EvaluationException DivisionByZero(string establishment) =>
        Create(EvaluationErrorKind.DivisionByZero, establishment, null, "Division par zéro dans une règle", "Division by zero in a rule");

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
