using Antlr4.Runtime;
using SunEs.Diagnostics;
using SunEs.Syntax.Generated;
using SunEs.Text;

namespace SunEs.Syntax.Parsing;

/// <summary>A word read as the keyword it resembles (« candidatur » as « candidature »).</summary>
internal sealed record KeywordCorrection(int TokenIndex, TextSpan Span, string Written, int KeywordType, string Keyword);

/// <summary>
/// Finds the keyword an unexpected word was meant to be: among the keywords that may come
/// there first, then — a mistyped keyword usually ends the block it belongs to, so the parser
/// no longer expects it there — among all the keywords of the language.
/// </summary>
internal sealed class MistypedKeywords
{
    /// <summary>Shorter words are too close to too many keywords (« le », « de », « au ») for a suggestion to help.</summary>
    private const int ShortestMistypedKeyword = 4;

    private static readonly Dictionary<string, int> TypeOfKeyword = Enumerable.Range(1, ((Vocabulary)SunEsLexer.DefaultVocabulary).getMaxTokenType())
        .Select(type => (Keyword: TokenDisplay.Keyword(type), Type: type))
        .Where(entry => entry.Keyword is not null)
        .DistinctBy(entry => entry.Keyword)
        .ToDictionary(entry => entry.Keyword!, entry => entry.Type, StringComparer.Ordinal);

    private readonly SpellingSuggester _speller = new();
    private readonly List<KeywordCorrection> _found = [];
    private SpellingVocabulary? _allKeywords;

    public IReadOnlyList<KeywordCorrection> Found => _found;

    public KeywordCorrection? Find(IToken token, int[] expectedTypes)
    {
        if ((token.Type != SunEsLexer.ID && !SyntaxErrorStrategy.IsKeyword(token)) || token.Text.Length < ShortestMistypedKeyword)
        {
            return null;
        }

        var expected = new SpellingVocabulary(expectedTypes.Select(TokenDisplay.Keyword).OfType<string>());
        var keyword = _speller.Closest(token.Text, expected, limit: 1).FirstOrDefault();
        if (keyword is null && token.Type == SunEsLexer.ID)
        {
            _allKeywords ??= new SpellingVocabulary(TypeOfKeyword.Keys);
            keyword = _speller.Closest(token.Text, _allKeywords, limit: 1).FirstOrDefault();
        }

        if (keyword is null)
        {
            return null;
        }

        var correction = new KeywordCorrection(token.TokenIndex, SyntaxErrorStrategy.SpanOf(token), (string)SyntaxErrorStrategy.Display(token), TypeOfKeyword[keyword], keyword);
        _found.Add(correction);
        return correction;
    }
}
