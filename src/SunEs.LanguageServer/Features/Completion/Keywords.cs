namespace SunEs.LanguageServer.Features.Completion;

/// <summary>The keywords (or keyword phrases) that may start a line in each block.</summary>
internal static class Keywords
{
    public static readonly string[] TopLevel = ["programme", "fenêtre", "prérequis", "donnée", "cibles du volet", "test"];

    /// <summary>What a value or a declaration rests on: written after it, or first in a block.</summary>
    public static readonly string[] Assumptions = ["supposé", "déduit"];

    public static readonly string[] Header = ["titre", "NOR", "signée le", "applicable le", "applicable immédiatement", "émetteurs", "modifie", .. Assumptions];

    public static readonly string[] Programme =
    [
        "enveloppe", "enveloppe régionale", "arrondi au centime", "arrondi à l'euro",
        "candidature déposée pendant la période de candidature", "résultats transmis au plus tard au jalon", "mesures dans la période de mesure",
        "outre-mer tous sauf", "outre-mer aucun", "recevable si", .. Assumptions, "volet", "dérogation",
    ];

    public static readonly string[] Volet = ["enveloppe", "enveloppe régionale", "fenêtres", "dégressivité", "recevable si", .. Assumptions, "domaine", "volet", "dérogation"];

    public static readonly string[] Domain = ["enveloppe", "forfait =", "éligible si", .. Assumptions, "indicateur", "domaine", "volet", "dérogation"];

    public static readonly string[] Indicator = ["taux =", "oui/non", "bonus", "applicable si", .. Assumptions, "indicateur", "domaine", "volet"];

    public static readonly string[] Window = ["candidature du", "sélection", "mesure", "jalon", "report vers", .. Assumptions, "dérogation"];

    public static readonly string[] Prerequisite = ["groupe", "volets", "tolérance en", .. Assumptions];

    public static readonly string[] Test =
    [
        "établissement", "candidature en", "déposée le", "résultats transmis le", "mesurée du", "territoire", "report demandé",
        "prérequis tous atteints", "prérequis atteints", "prérequis aucun", "données", "mesures", "attendu",
    ];

    public static readonly string[] Expectations =
    [
        "candidature recevable", "candidature irrecevable", "candidature partiellement recevable", "volet", "total",
    ];

    public static readonly string[] Expression = ["si", "alors", "sinon", "et", "ou", "non", "oui", "barème", "jusqu'à", "au-delà", "plafonné à", "au plus", "au moins", "parmi"];

    public static IEnumerable<string> AtLineStart(Block block) => block switch
    {
        Block.None => ["instruction"],
        Block.Header => Header.Concat(TopLevel),
        Block.Programme => Programme.Concat(TopLevel),
        Block.Volet => Volet.Concat(TopLevel),
        Block.Domain => Domain.Concat(TopLevel),
        Block.Indicator => Indicator.Concat(TopLevel),
        Block.Window => Window.Concat(TopLevel),
        Block.Prerequisite => Prerequisite.Concat(TopLevel),
        Block.Data or Block.Grid => TopLevel,
        Block.Test => Test.Concat(TopLevel),
        Block.Expectations => Expectations.Concat(Test).Concat(TopLevel),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "unknown block"),
    };
}
