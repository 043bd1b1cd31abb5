using SunEs.Diagnostics;
using SunEs.Syntax.Generated;

namespace SunEs.Syntax.Parsing;

/// <summary>How a token kind is named in messages: keywords as authors write them, the rest by what they are.</summary>
internal static class TokenDisplay
{
    private static readonly Dictionary<string, string> AccentedKeywords = new(StringComparer.Ordinal)
    {
        ["SIGNEE"] = "signée", ["IMMEDIATEMENT"] = "immédiatement", ["EMETTEURS"] = "émetteurs", ["MODIFIE"] = "modifié",
        ["REGIONALE"] = "régionale", ["ALEURO"] = "à l'euro", ["SUPERIEUR"] = "supérieur", ["INFERIEUR"] = "inférieur",
        ["DEGRESSIVITE"] = "dégressivité", ["ELIGIBLE"] = "éligible", ["INELIGIBLE"] = "inéligible", ["DONNEE"] = "donnée",
        ["DONNEES"] = "données", ["DECIMAL"] = "décimal", ["DATE_TYPE"] = "date", ["DUREE"] = "durée", ["BOOLEEN"] = "booléen",
        ["FENETRE"] = "fenêtre", ["FENETRES"] = "fenêtres", ["SELECTION"] = "sélection", ["PREREQUIS"] = "prérequis",
        ["TOLERANCE"] = "tolérance", ["ETABLISSEMENT"] = "établissement", ["DEMANDE"] = "demandé", ["FINANCE"] = "financé",
        ["BAREME"] = "barème", ["JUSQUA"] = "jusqu'à", ["AUDELA"] = "au-delà", ["KILO_EURO"] = "k€", ["MEGA_EURO"] = "M€",
        ["EURO"] = "€", ["CIBLES"] = "cibles", ["DELAI"] = "délai", ["DEPOSEE"] = "déposée", ["RESULTATS"] = "résultats",
        ["TRANSMIS"] = "transmis", ["MESUREE"] = "mesurée", ["PERIODE"] = "période", ["OUTREMER"] = "outre-mer", ["SUPPOSE"] = "supposé",
        ["DEDUIT"] = "déduit", ["PLAFONNE_A"] = "plafonné à", ["DEROGATION"] = "dérogation",
    };

    private static readonly Dictionary<string, LocalizedText> Categories = new(StringComparer.Ordinal)
    {
        ["ID"] = new("un identifiant", "an identifier"),
        ["STRING"] = new("un texte entre guillemets", "a quoted text"),
        ["NUMBER"] = new("un nombre", "a number"),
        ["DATE"] = new("une date", "a date"),
        ["EOF"] = new("la fin du texte", "the end of the text"),
    };

    public static LocalizedText Describe(int tokenType)
    {
        if (tokenType == Antlr4.Runtime.TokenConstants.EOF)
        {
            return Categories["EOF"];
        }

        var literal = SunEsLexer.DefaultVocabulary.GetLiteralName(tokenType);
        if (literal is not null)
        {
            var text = literal.Trim('\'');
            return new LocalizedText($"« {text} »", $"'{text}'");
        }

        var symbolic = SunEsLexer.DefaultVocabulary.GetSymbolicName(tokenType) ?? tokenType.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Categories.TryGetValue(symbolic, out var category))
        {
            return category;
        }

        var keyword = AccentedKeywords.TryGetValue(symbolic, out var accented) ? accented : symbolic.ToLowerInvariant();
        return new LocalizedText($"« {keyword} »", $"'{keyword}'");
    }

    /// <summary>
    /// The keyword a token type stands for, as authors write it (« candidature », « signée »), or
    /// null for names, literals, punctuation and symbols.
    /// </summary>
    public static string? Keyword(int tokenType)
    {
        if (tokenType == Antlr4.Runtime.TokenConstants.EOF)
        {
            return null;
        }

        var literal = SunEsLexer.DefaultVocabulary.GetLiteralName(tokenType);
        var symbolic = SunEsLexer.DefaultVocabulary.GetSymbolicName(tokenType);
        var word = literal is not null ? literal.Trim('\'')
            : symbolic is null || Categories.ContainsKey(symbolic) || symbolic == nameof(SunEsLexer.WHITESPACE) ? null
            : AccentedKeywords.TryGetValue(symbolic, out var accented) ? accented
            : symbolic.ToLowerInvariant();
        return word is not null && word.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-') ? word : null;
    }

    /// <summary>How a token of this type is written when it is one fixed word or sign (« au », « % »); null for names, numbers, texts, dates.</summary>
    public static string? Spelling(int tokenType) =>
        tokenType == Antlr4.Runtime.TokenConstants.EOF ? null : SunEsLexer.DefaultVocabulary.GetLiteralName(tokenType)?.Trim('\'') ?? Keyword(tokenType);

    /// <summary>A readable list of what was expected, at most <paramref name="limit"/> items (one more rather than "and 1 more").</summary>
    public static LocalizedText DescribeSet(IEnumerable<int> tokenTypes, int limit = 8)
    {
        var items = tokenTypes.Select(Describe).DistinctBy(item => item.French).ToList();
        var shown = items.Take(items.Count == limit + 1 ? items.Count : limit).ToList();
        var more = items.Count - shown.Count;
        var french = string.Join(", ", shown.Select(item => item.French)) + (more > 0 ? $" (et {more} autres)" : string.Empty);
        var english = string.Join(", ", shown.Select(item => item.English)) + (more > 0 ? $" (and {more} more)" : string.Empty);
        return new LocalizedText(french, english);
    }
}
