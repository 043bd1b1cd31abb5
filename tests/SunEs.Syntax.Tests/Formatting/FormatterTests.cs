using SunEs.Syntax;
using SunEs.Syntax.Formatting;
using SunEs.Text;

namespace SunEs.Syntax.Tests.Formatting;

public sealed class FormatterTests
{
    private static string? Format(string text) => SyntaxFormatter.Format(SyntaxParser.Parse(new SourceText("test.sunes", text)));

    [Fact]
    public void Lays_out_a_messy_text_in_the_canonical_form()
    {
        const string messy = """
            instruction "T/1" signée le 2021-07-26   applicable immédiatement
            programme P "Programme" enveloppe 10 M€ volet V1 "Volet" fenêtres F1,F2
            dégressivité F1 100 %,F2 90 % domaine D1 "Domaine" forfait = barème lits jusqu'à 100 : 40 k€ au-delà : 90 k€
            indicateur I1 "Indicateur" taux = a / b // le taux
            indicateur I2 "Oui ou non" oui/non
            donnée lits : entier "Lits"
            cibles du volet V1 fenêtres F1 F2
            I1 49 % 59 %
            I2 / oui
            """;
        const string expected = """
            instruction "T/1"
                signée le 2021-07-26
                applicable immédiatement

            programme P "Programme"
                enveloppe 10 M€
                volet V1 "Volet"
                    fenêtres F1, F2
                    dégressivité F1 100 %, F2 90 %
                    domaine D1 "Domaine"
                        forfait = barème lits
                            jusqu'à 100 : 40 k€
                            au-delà : 90 k€
                        indicateur I1 "Indicateur"
                            taux = a / b    // le taux
                        indicateur I2 "Oui ou non"
                            oui/non

            donnée lits : entier "Lits"

            cibles du volet V1
                fenêtres    F1      F2
                I1          49 %    59 %
                I2          /       oui

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), Format(messy));
    }

    [Fact]
    public void Lays_out_caps_functions_categories_and_waivers()
    {
        const string messy = """
            instruction "T/1" signée le 2021-07-26   applicable immédiatement
            programme P "Programme" volet V1 "Volet" fenêtres F1 domaine D1 "Domaine"
            forfait = min( a ,b,60 k€ )plafonné à   50 k€ au moins 1 k€ éligible si c parmi "CH" ,"CHU" dérogation SUN0212 "motif"
            fenêtre F1 "F" candidature du 2021-09-01 au 2021-10-31 dérogation SUN0401   "motif"
            donnée c : parmi "CH","CHU" "Catégorie"
            """;
        const string expected = """
            instruction "T/1"
                signée le 2021-07-26
                applicable immédiatement

            programme P "Programme"
                volet V1 "Volet"
                    fenêtres F1
                    domaine D1 "Domaine"
                        forfait = min(a, b, 60 k€) plafonné à 50 k€ au moins 1 k€
                        éligible si c parmi "CH", "CHU"
                        dérogation SUN0212 "motif"

            fenêtre F1 "F"
                candidature du 2021-09-01 au 2021-10-31
                dérogation SUN0401 "motif"

            donnée c : parmi "CH", "CHU" "Catégorie"

            """;

        var formatted = Format(messy);

        Assert.Equal(expected.ReplaceLineEndings("\n"), formatted);
        Assert.Equal(formatted, Format(formatted!));
    }

    [Fact]
    public void Keeps_comments_and_aligns_trailing_comments_of_consecutive_lines()
    {
        const string text = """
            // en-tête
            instruction "T/1" // numéro
                signée le 2021-07-26 // signature
                /* bloc */
                applicable immédiatement
            """;
        const string expected = """
            // en-tête
            instruction "T/1"           // numéro
                signée le 2021-07-26    // signature
                /* bloc */
                applicable immédiatement

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), Format(text));
    }

    [Fact]
    public void Spacing_made_of_invisible_characters_becomes_plain_spaces_but_strings_and_comments_keep_theirs()
    {
        // The lexer reads U+FEFF, U+00A0 and U+202F as spacing and SUN0010 asks to remove the
        // invisible ones: formatting is that fix. Inside a label or a comment they are the text.
        const string text = "programme \uFEFF P\u00A0\"a\uFEFFb\" // c\u202Fd\n";

        Assert.Equal("programme P \"a\uFEFFb\"    // c\u202Fd\n", Format(text));
    }

    [Fact]
    public void Leaves_a_text_with_syntax_errors_untouched()
    {
        Assert.Null(Format("instruction \"T/1\" signée le"));
    }

    [Fact]
    public void Formats_the_corpus_idempotently_without_changing_its_tokens()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryRoot(), "instructions"), "*.sunes"))
        {
            var original = SyntaxParser.Parse(new SourceText(path, File.ReadAllText(path)));
            var once = SyntaxFormatter.Format(original);
            Assert.NotNull(once);
            var reparsed = SyntaxParser.Parse(new SourceText(path, once));
            Assert.Empty(reparsed.Diagnostics);
            Assert.Equal(original.Tokens.Select(t => (t.Type, original.Text[t.Span].TrimEnd())), reparsed.Tokens.Select(t => (t.Type, reparsed.Text[t.Span].TrimEnd())));
            Assert.Equal(once, SyntaxFormatter.Format(reparsed));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SunEs.sln not found above " + AppContext.BaseDirectory);
    }
}
