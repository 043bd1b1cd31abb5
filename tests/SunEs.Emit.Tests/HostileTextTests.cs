using System.Text;
using SunEs.Emit.InFileTests;
using SunEs.Emit.Tests.Support;
using SunEs.Runtime;
using SunEs.Runtime.Verification;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Emit.Tests;

/// <summary>
/// Text from the instructions only ever reaches generated code as escaped string literals: labels,
/// instruction numbers, test names and file paths holding quotes, backslashes, newlines, comment
/// ends, #line directives, \u escapes, NUL, format braces, bidirectional controls or a hundred
/// thousand characters compile to assemblies that pass the verifier, load, run, and give back every
/// text byte for byte, with the thresholds the text reads. The same text as an establishment is not
/// a FINESS number: it is refused where candidacies start, and shown escaped in the refusal.
/// </summary>
public sealed class HostileTextTests
{
    public static TheoryData<string> HostileTexts => new()
    {
        "quote \" backslash \\ escaped quote \\\" end",
        "line one\nline two\n\nline four",
        "closes a comment */ and opens one /* and // too",
        "\n#line 1 \"evil.cs\"\n#error injected\n#define X",
        "\\u0022 and \\x41 and \\n are not escapes here",
        "\"; System.IO.File.Delete(\"/\"); //",
        "\"\"\" raw \"\"\"\" literal {{ }} $@",
        "NUL \0 in the middle\0",
        "format {0} {1:N2} {{ braces }} %s %n",
        "Trojan \u202E}⁦if (admin)⁩⁦ { // \u202C source",
        "zero\u200Bwidth\u2060joiner\uFEFFinside",
        "emoji 🏥 tab \t and ¾ « guillemets » ’",
        new string('x', 50_000) + "\"\\\n" + new string('é', 50_000),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_round_trips_byte_exact_through_the_generated_assembly(string hostile)
    {
        var texts = new HostileProgramme(hostile);
        var compilation = Compilation.Parse([new SourceText(texts.Path, texts.Source)]);
        Assert.DoesNotContain(compilation.Diagnostics, diagnostic => diagnostic.IsError);

        var result = RulesEmitter.Emit(compilation);

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.True(AssemblyVerifier.Verify(result.Assembly!).IsValid);
        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb, result.AssemblyName);
        var rules = loaded.Rules;
        var instruction = Assert.Single(rules.Programme.Instructions);
        Assert.Equal(texts.Number, instruction.Number);
        // A label may be written as several texts joined by a space, each trimmed (docs/langage.md): that is how it reads.
        var label = hostile.Trim();
        Assert.Equal(label, instruction.Title);
        Assert.Equal(texts.Path, instruction.SourcePath);
        Assert.Equal(label, rules.Programme.Label);
        Assert.Equal(label, rules.Schema.FindDomain("D1")!.Label);
        Assert.Equal(label, rules.Schema.Indicators.Single().Label);
        Assert.Equal(label, rules.Schema.Data.Single(datum => datum.Id == "forfait_d1").Label);
        Assert.Equal(label, rules.Schema.FindWindow("F1")!.Label);
        var window = rules.Programme.Epochs.Single().FindWindow("F1")!;
        Assert.Equal(label, window.Label);

        var refused = Assert.Throws<EvaluationException>(() => rules.Schema.NewCandidacy(hostile, "F1"));
        Assert.Equal(EvaluationErrorKind.InvalidEstablishment, refused.Kind);
        Assert.False(UntrustedText.HasHiddenCharacters(refused.Text.French));
        Assert.True(refused.Text.English.Length < 300);

        var decision = rules.Evaluate(rules.Schema.NewCandidacy(Candidacies.Establishment, "F1").AllPrerequisitesMet().RequestDomains("D1")
            .Set("forfait_d1", 100_000m).MeasureRatio("DS1.1", 500, 1_000).Build(), new DateOnly(2025, 3, 1));

        Assert.Equal(Candidacies.Establishment, decision.Establishment);
        Assert.Equal(100_000m, decision.Total);
        var threshold = decision.FindIndicator("DS1.1")!.Threshold!;
        Assert.Equal(50m, threshold.Points);
        Assert.Equal("50 %", threshold.Provenance.Excerpt);
        Assert.Equal(texts.Path, threshold.Provenance.SourcePath);
        Assert.Equal(texts.Number, threshold.Provenance.InstructionNumber);
        Assert.Contains(label, decision.Explanation.French, StringComparison.Ordinal);
        Assert.Contains(label, decision.Explanation.English, StringComparison.Ordinal);

        var test = Assert.Single(InFileTestRunner.Run(compilation, rules));
        Assert.Equal(hostile, test.Test.Name);
        Assert.Equal(EvaluationErrorKind.InvalidEstablishment, test.Error!.Kind);
    }

    [Fact]
    public void A_bidirectional_override_in_a_grid_comment_changes_nothing_the_rules_compute()
    {
        // Displayed right to left, the comment makes the row look like "DS1.1 90 %"; the compiler reads 50 %.
        var texts = new HostileProgramme("libellé", gridComment: "// \u202E% 09 \u2066");
        var compilation = Compilation.Parse([new SourceText(texts.Path, texts.Source)]);

        var warnings = compilation.Diagnostics.Where(diagnostic => diagnostic.Code == "SUN0010").ToList();
        var result = RulesEmitter.Emit(compilation);
        using var loaded = LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb);
        var rules = loaded.Rules;
        var missed = rules.Evaluate(rules.Schema.NewCandidacy("750000010", "F1").AllPrerequisitesMet().RequestDomains("D1")
            .Set("forfait_d1", 100_000m).MeasureRatio("DS1.1", 499, 1_000).Build(), new DateOnly(2025, 3, 1));

        Assert.Equal(2, warnings.Count);
        Assert.Equal(50m, missed.FindIndicator("DS1.1")!.Threshold!.Points);
        Assert.Equal(0m, missed.Total);
    }

    /// <summary>
    /// One instruction with a programme, a volet, a domain, an indicator, a window, a datum and a
    /// test, every label being the hostile text; the instruction number, the test's establishment
    /// and the file path carry it too.
    /// </summary>
    private sealed class HostileProgramme
    {
        public HostileProgramme(string hostile, string gridComment = "")
        {
            var text = Quoted(hostile);
            Number = "DGOS/" + hostile;
            Path = "instructions/" + hostile.Replace('\0', '0')[..Math.Min(hostile.Length, 200)] + ".sunes";
            Source = $$"""
                instruction {{Quoted(Number)}}
                    titre {{text}}
                    signée le 2 février 2024
                    applicable le 2 février 2024

                programme SUNES {{text}}
                    volet V1 {{text}}
                        fenêtres F1
                        dégressivité F1 100 %
                        domaine D1 {{text}}
                            forfait = forfait_d1
                            indicateur DS1.1 {{text}}
                                taux = séjours_ldl / séjours

                fenêtre F1 {{text}}
                    candidature du 1er mars 2024 au 30 avril 2024
                    sélection 4 mois maximum
                    mesure {{text}} du 1er juillet 2024 au 31 décembre 2024
                    jalon 31 décembre 2024

                cibles du volet V1
                    fenêtres    F1
                    DS1.1       50 %    {{gridComment}}

                donnée séjours     : entier  {{text}}
                donnée séjours_ldl : entier  {{text}}
                donnée forfait_d1  : montant {{text}}

                test {{text}} au 1er mars 2025
                    établissement {{text}}
                    candidature en F1 pour D1
                    prérequis tous atteints
                    données forfait_d1 = 100 000 €
                    mesures DS1.1 = 60 %
                    attendu D1 financé 100 000 €

                """;
        }

        public string Number { get; }

        public string Path { get; }

        public string Source { get; }

        /// <summary>A SunEs string literal: backslash escapes for the quote, the backslash and the newline (a line break cannot stand in a string).</summary>
        private static string Quoted(string value)
        {
            var literal = new StringBuilder("\"");
            foreach (var character in value)
            {
                literal.Append(character switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    _ => character.ToString(),
                });
            }

            return literal.Append('"').ToString();
        }
    }
}
