using SunEs.Text;
using SunEs.Diagnostics;

namespace SunEs.Syntax.Tests;

/// <summary>One mistake gives one diagnostic, at the right place, and parsing goes on after it.</summary>
public sealed class ErrorRecoveryTests
{
    [Fact]
    public void Three_errors_in_three_declarations_give_three_diagnostics_and_keep_every_declaration()
    {
        var source = MarkedSource.Parse("""
            donnée a : [|entierr|] "A"
            donnée b : entier

            fenêtre F1
                jalon [|le|] 2022-03-31
            fenêtre F2
                jalon 2022-06-30

            prérequis P1
                groupe [|12|]
            prérequis P2
                groupe "Socle"
            """);
        var tree = Parse.Text(source.Text);

        Assert.Equal(source.Spans, tree.Diagnostics.Select(diagnostic => diagnostic.Location.Span));
        Assert.Equal(["SUN0011", "SUN0003", "SUN0003"], tree.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal(
            ["a", "b", "F1", "F2", "P1", "P2"],
            tree.Root.Declarations.OfType<INamedDeclarationSyntax>().Select(declaration => declaration.Name.Text));
        Assert.Equal(DataType.Integer, tree.Root.Declarations.OfType<DataDeclarationSyntax>().Last().Type);
        Assert.Equal(new DateOnly(2022, 6, 30), tree.Root.DescendantsAndSelf().OfType<MilestoneSyntax>().Last().Date.Value);
        Assert.Equal("Socle", tree.Root.DescendantsAndSelf().OfType<PrerequisiteGroupSyntax>().Last().Group.Value);
    }

    [Fact]
    public void A_declaration_read_before_a_later_error_is_built_and_reported_once()
    {
        // The fast pass builds each declaration as it is read; an error further on starts the
        // text again with recovery, and what the fast pass built must not be reported twice.
        var source = MarkedSource.Parse("""
            fenêtre F1
                jalon [|2022-02-30|]
            fenêtre F2
                jalon 2022-06-30

            prérequis P1
                groupe [|12|]
            """);
        var tree = Parse.Text(source.Text);

        Assert.Equal(["SUN0006", "SUN0003"], tree.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal(source.Spans, tree.Diagnostics.Select(diagnostic => diagnostic.Location.Span));
        Assert.Equal(["F1", "F2", "P1"], tree.Root.Declarations.OfType<INamedDeclarationSyntax>().Select(declaration => declaration.Name.Text));
    }

    [Fact]
    public void A_text_without_error_is_built_declaration_by_declaration_as_a_whole_tree_would_be()
    {
        var text = """
            instruction "2099/1"
                applicable le 2099-01-01
            fenêtre F1
                jalon 2022-02-30
            donnée a : entier "A"
            prérequis P1
                groupe "Socle"
            """;
        var tree = Parse.Text(text);

        Assert.Equal(["SUN0006"], tree.Diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.NotNull(tree.Root.Header);
        Assert.Equal(["F1", "a", "P1"], tree.Root.Declarations.OfType<INamedDeclarationSyntax>().Select(declaration => declaration.Name.Text));
        Assert.Equal(TextSpan.FromBounds(0, text.Length), tree.Root.Span);
    }

    [Fact]
    public void Misspelt_type_keyword_is_read_as_the_closest_type_and_reported_once()
    {
        var source = MarkedSource.Parse("donnée séjours : [|entierr|]\ndonnée cro : entier\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0011", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Equal("« entierr » inattendu ici ; vouliez-vous dire « entier » ?", diagnostic.GetMessage(MessageLanguage.French));
        Assert.Equal("Unexpected 'entierr' here; did you mean 'entier'?", diagnostic.GetMessage(MessageLanguage.English));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal((source.Span, "entier"), (fix.Span, fix.NewText));
        var declarations = tree.Root.Declarations.Cast<DataDeclarationSyntax>().ToList();
        Assert.Equal(["séjours", "cro"], declarations.Select(data => data.Name.Text));
        Assert.Equal([DataType.Integer, DataType.Integer], declarations.Select(data => data.Type));
    }

    [Fact]
    public void Word_far_from_every_type_gives_one_diagnostic_listing_the_types()
    {
        var source = MarkedSource.Parse("donnée séjours : [|nombre|]\ndonnée cro : entier\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0003", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Equal(
            "« nombre » inattendu ici ; attendu : « entier », « décimal », « pourcentage », « montant », « date », « durée », « booléen », « texte », « parmi ».",
            diagnostic.GetMessage(MessageLanguage.French));
        Assert.Equal(
            "Unexpected 'nombre' here; expected: 'entier', 'décimal', 'pourcentage', 'montant', 'date', 'durée', 'booléen', 'texte', 'parmi'.",
            diagnostic.GetMessage(MessageLanguage.English));
        var declarations = tree.Root.Declarations.Cast<DataDeclarationSyntax>().ToList();
        Assert.Equal(["séjours", "cro"], declarations.Select(data => data.Name.Text));
        Assert.Null(declarations[0].Type);
        Assert.Equal(DataType.Integer, declarations[1].Type);
    }

    [Fact]
    public void Unterminated_string_is_reported_once_and_the_next_lines_still_parse()
    {
        var source = MarkedSource.Parse("programme P [|\"Ségur numérique|]\n    enveloppe 210 M€\n    volet V1 \"Volet\"\n        fenêtres F1, F2\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0002", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        var programme = Parse.Single<ProgrammeSyntax>(tree);
        Assert.Equal("Ségur numérique", programme.Label?.Text);
        Assert.Equal(210_000_000m, Parse.Single<EnvelopeSyntax>(tree).Amount.Money.Euros);
        Assert.Equal("V1", Parse.Single<VoletSyntax>(tree).Name.Text);
        Assert.Equal(["F1", "F2"], Parse.Single<WindowListSyntax>(tree).Windows.Select(window => window.Text));
    }

    [Fact]
    public void Unterminated_guillemets_are_reported_once()
    {
        var source = MarkedSource.Parse("prérequis P1\n    groupe [|« Socle|]\n    volets V1\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0002", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Equal(" Socle", Parse.Single<PrerequisiteGroupSyntax>(tree).Group.Value);
        Assert.Equal(["V1"], Parse.Single<PrerequisiteVoletsSyntax>(tree).Volets.Select(volet => volet.Text));
    }

    [Theory]
    [InlineData("#", "#")]
    [InlineData("@", "@")]
    [InlineData("\0", "U+0000")]
    [InlineData("\u202E", "\u202E")]
    [InlineData("$", "$")]
    public void Unexpected_character_is_reported_once_and_skipped(string character, string shown)
    {
        var source = MarkedSource.Parse($"donnée a : entier [|{character}|]\ndonnée b : booléen\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0001", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Contains(shown, diagnostic.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Equal(["a", "b"], tree.Root.Declarations.Cast<DataDeclarationSyntax>().Select(data => data.Name.Text));
    }

    [Fact]
    public void A_run_of_unexpected_characters_is_one_diagnostic()
    {
        var source = MarkedSource.Parse("donnée a : entier [|#|]@$ ### \0\0 \u202E\ndonnée b : entier [|#|]# donnée c : entier\n");
        var tree = Parse.Text(source.Text);

        Assert.Equal(source.Spans, tree.Diagnostics.Select(diagnostic => diagnostic.Location.Span));
        Assert.All(tree.Diagnostics, diagnostic => Assert.Equal("SUN0001", diagnostic.Code));
        Assert.Equal(["a", "b", "c"], tree.Root.Declarations.Cast<DataDeclarationSyntax>().Select(data => data.Name.Text));
    }

    [Fact]
    public void A_megabyte_of_stray_characters_is_one_diagnostic()
    {
        var tree = Parse.Text("donnée a : entier\n" + new string('#', 1 << 20) + "\ndonnée b : entier\n");

        Assert.Equal("SUN0001", Assert.Single(tree.Diagnostics).Code);
        Assert.Equal(2, tree.Root.Declarations.Count);
    }

    [Fact]
    public void After_a_stray_character_lexing_resumes_where_a_token_can_start()
    {
        // Every UTF-16 code unit c, one a line, with and without a stray '#' before it: the
        // tokens must be the same, so skipping a run of stray characters never swallows the
        // start of a token.
        var characters = Enumerable.Range(0, 0x10000).Select(code => (char)code).Where(c => c is not '\r' and not '\n').ToList();
        var plain = Parse.Text(string.Concat(characters.Select(c => c + "\n")));
        var marked = Parse.Text(string.Concat(characters.Select(c => "#" + c + "\n")));

        Assert.Equal(Tokens(plain, 0), Tokens(marked, 1));
    }

    private static List<(int Type, int Length, int Line, int Column)> Tokens(SyntaxTree tree, int shift) =>
        tree.Tokens.Select(token => (token.Type, token.Span.Length, tree.Text.GetLinePosition(token.Span.Start).Line, tree.Text.GetLinePosition(token.Span.Start).Character - shift)).ToList();

    [Fact]
    public void Lone_surrogates_are_unexpected_characters_not_exceptions()
    {
        // Not theory data: a lone surrogate cannot travel through test case serialization.
        foreach (var (character, shown) in new[] { ("\uDC00", "U+DC00"), ("\uD800", "U+D800"), ("\uDFFF", "U+DFFF"), ("\uD83D", "U+D83D") })
        {
            var source = MarkedSource.Parse($"donnée a : entier [|{character}|]\ndonnée b : booléen\n");
            var tree = Parse.Text(source.Text);

            var diagnostic = Assert.Single(tree.Diagnostics);
            Assert.Equal("SUN0001", diagnostic.Code);
            Assert.Equal(source.Span, diagnostic.Location.Span);
            Assert.Equal($"Unexpected character '{shown}'.", diagnostic.GetMessage(MessageLanguage.English));
            Assert.Equal(["a", "b"], tree.Root.Declarations.Cast<DataDeclarationSyntax>().Select(data => data.Name.Text));
        }
    }

    [Fact]
    public void Surrogate_pairs_inside_strings_and_comments_are_text()
    {
        var tree = Parse.Clean("// 😀 \uD83D\uDE00\ndonnée a : entier \"😀 𝔸\"\n");

        Assert.Equal("😀 𝔸", Parse.Single<DataDeclarationSyntax>(tree).Label?.Text);
    }

    [Fact]
    public void Unterminated_block_comment_is_reported_once()
    {
        var source = MarkedSource.Parse("donnée a : entier\n[|/* pas de fin\ndonnée b : entier\n|]");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0008", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Single(tree.Root.Declarations);
    }

    [Fact]
    public void Missing_keyword_is_conjured_and_reported_once()
    {
        var source = MarkedSource.Parse("fenêtre F1\n    candidature du 2022-01-01[||] 2022-03-31\n    jalon 2022-12-31\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Equal("SUN0004", diagnostic.Code);
        Assert.Equal("Il manque « au » après « 2022-01-01 ».", diagnostic.GetMessage(MessageLanguage.French));
        Assert.Equal("Missing 'au' after '2022-01-01'.", diagnostic.GetMessage(MessageLanguage.English));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal((source.Span, " au"), (fix.Span, fix.NewText));
        var period = Parse.Single<CandidacyPeriodSyntax>(tree).Period;
        Assert.Equal(new DateOnly(2022, 1, 1), period.Start.Value);
        Assert.Equal(new DateOnly(2022, 3, 31), period.End.Value);
        Assert.Equal(new DateOnly(2022, 12, 31), Parse.Single<MilestoneSyntax>(tree).Date.Value);
    }

    [Fact]
    public void What_is_checked_as_tokens_are_lexed_is_reported_once_and_alike_with_or_without_recovery()
    {
        // A zero-width space in a comment and an unexpected character.
        var checkedText = "// a\u200Bb\n" + Parse.DomainPrefix + "1\n§\n";
        var clean = Parse.Text(checkedText);
        var recovered = Parse.Text(checkedText + "fenêtre\n    jalon\n");

        var cleanCodes = clean.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Span)).ToList();
        Assert.Equal(["SUN0010", "SUN0001"], cleanCodes.Select(entry => entry.Code).ToList());
        Assert.Equal(cleanCodes, recovered.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Span)).Take(cleanCodes.Count).ToList());
        Assert.True(recovered.Diagnostics.Count > cleanCodes.Count);
        Assert.Equal(clean.Tokens, recovered.Tokens.Take(clean.Tokens.Count).ToList());
    }

    [Fact]
    public void Every_occurrence_of_a_name_shares_one_string()
    {
        var expression = Parse.Expression("volume + volume * volume");

        var names = expression.DescendantsAndSelf().OfType<IdentifierSyntax>().ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, name => Assert.Same(names[0].Text, name.Text));
    }

    [Fact]
    public void Diagnostics_are_in_source_order_and_never_repeated()
    {
        var tree = Parse.Text("donnée : entier\nfenêtre\n    jalon\nprogramme P volet\n\"x\n#\n");

        var spans = tree.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Span)).ToList();
        Assert.Equal(spans.Distinct().Count(), spans.Count);
        Assert.Equal(spans.OrderBy(entry => entry.Span.Start).ToList(), spans);
        Assert.All(tree.Diagnostics, diagnostic => Assert.True(diagnostic.Location.Span.End <= tree.Text.Length));
    }

    [Fact]
    public void Missing_token_at_the_end_of_a_line_is_reported_on_that_line_not_the_next()
    {
        // The last cell's « % » is forgotten: the error is after « 55 », not before « DS1.2 » a line below.
        var source = MarkedSource.Parse("cibles du volet V1\n    fenêtres F1 F2\n    DS1.1 49 % 55[||]\n    DS1.2 40 % 48 %\n");
        var tree = Parse.Text(source.Text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0004", diagnostic.Code);
        Assert.Equal(source.Span, diagnostic.Location.Span);
        Assert.Equal(2, diagnostic.Location.Start.Line);
        Assert.Equal("Il manque « % » après « 55 ».", diagnostic.GetMessage(MessageLanguage.French));
        Assert.Equal((source.Span, " %"), (Assert.Single(diagnostic.Fixes).Span, Assert.Single(diagnostic.Fixes).NewText));
        Assert.Equal(["DS1.1", "DS1.2"], Parse.Single<TargetGridSyntax>(tree).Rows.Select(row => row.Indicator.Text));
    }

    [Fact]
    public void End_of_text_is_named_in_messages()
    {
        var tree = Parse.Text("donnée a : entier donnée");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Contains("fin du texte", diagnostic.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        Assert.Contains("end of text", diagnostic.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Equal(tree.Text.Length, diagnostic.Location.Span.Start);
        Assert.Equal(0, diagnostic.Location.Span.Length);
    }

    [Fact]
    public void Missing_part_at_the_end_of_the_text_is_reported_right_after_the_last_token()
    {
        var tree = Parse.Text("donnée a :  \n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("SUN0004", diagnostic.Code);
        Assert.EndsWith("après « : ».", diagnostic.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        Assert.Equal(new Text.TextSpan("donnée a :".Length, 0), diagnostic.Location.Span);
    }
}
