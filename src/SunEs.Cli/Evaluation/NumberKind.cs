namespace SunEs.Cli.Evaluation;

/// <summary>
/// What a number cell holds, and so which units it may carry: an amount takes €, k€, M€; a
/// percentage or a rate takes %; a plain number (an integer, a decimal, a count) takes none.
/// <see cref="ThousandsPossible"/> says whether "100,000" could mean a hundred thousand, in which
/// case it is ambiguous and refused rather than read as 100.
/// </summary>
internal sealed record NumberKind(string ExpectedFr, string ExpectedEn, IReadOnlyList<(string Suffix, decimal Factor)> Units, bool ThousandsPossible)
{
    public static readonly NumberKind Amount = new("un montant en euros (100000, 100 000 €, 100 k€, 1,5 M€)", "an amount in euros (100000, 100 000 €, 100 k€, 1.5 M€)",
        [("k€", 1_000m), ("M€", 1_000_000m), ("€", 1m), ("euros", 1m)], ThousandsPossible: true);

    public static readonly NumberKind Percentage = new("un pourcentage (55 ou 55 %)", "a percentage (55 or 55 %)", [("%", 1m)], ThousandsPossible: false);

    public static readonly NumberKind Rate = new("un taux (54,9 %), un rapport (480 / 1000) ou oui/non", "a rate (54.9 %), a ratio (480 / 1000) or yes/no", [("%", 1m)], ThousandsPossible: false);

    public static readonly NumberKind Plain = new("un nombre sans unité", "a number without unit", [], ThousandsPossible: true);

    public static readonly NumberKind Count = new("un rapport n / d de deux nombres sans unité (480 / 1000)", "a ratio n / d of two numbers without unit (480 / 1000)", [], ThousandsPossible: true);

    /// <summary>Every unit some kind of number takes: one of these where it does not belong is a wrong unit, not an unreadable value.</summary>
    public static readonly IReadOnlyList<string> KnownUnits = ["k€", "M€", "€", "euros", "%"];
}
