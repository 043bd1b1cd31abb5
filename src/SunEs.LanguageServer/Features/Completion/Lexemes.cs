using System.Globalization;
using System.Text;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>Token text as keywords are compared: lower case, accents removed (fenêtre = fenetre = Fenêtre).</summary>
internal static class Lexemes
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    public static bool IsKeyword(SyntaxToken token) => token.Kind == SyntaxTokenKind.Keyword;

    /// <summary>True when the token is the keyword whose folded spelling starts with one of the given stems (« atteint » covers atteints, atteinte…).</summary>
    public static bool Is(SourceText text, SyntaxToken? token, params string[] stems)
    {
        if (token is not { } t || !IsKeyword(t))
        {
            return false;
        }

        var folded = Fold(text[t.Span]);
        return stems.Any(stem => folded == stem || (stem.EndsWith('*') && folded.StartsWith(stem[..^1], StringComparison.Ordinal)));
    }

    public static bool IsPunctuation(SourceText text, SyntaxToken? token, string lexeme) =>
        token is { } t && t.Kind is not SyntaxTokenKind.String and not SyntaxTokenKind.Comment && text[t.Span] == lexeme;
}
