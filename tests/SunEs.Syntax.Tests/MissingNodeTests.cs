using System.Collections;
using System.Reflection;
using SunEs.Text;

namespace SunEs.Syntax.Tests;

/// <summary>Whatever is missing, the tree keeps its shape: missing nodes with empty spans, never null.</summary>
public sealed class MissingNodeTests
{
    [Fact]
    public void Declaration_without_a_name_has_a_missing_identifier()
    {
        var source = MarkedSource.Parse("programme$$\n    enveloppe 10 M€\n");
        var tree = Parse.Text(source.Text);

        var programme = Parse.Single<ProgrammeSyntax>(tree);
        Assert.True(programme.Name.IsMissing);
        Assert.Equal(string.Empty, programme.Name.Text);
        Assert.Equal(0, programme.Name.Span.Length);
        Assert.Single(tree.Diagnostics);
        AssertComplete(tree);
    }

    [Fact]
    public void Missing_type_is_null_with_an_empty_span_where_the_error_is_reported()
    {
        var tree = Parse.Text("donnée x :\ndonnée y : entier\n");

        var data = tree.Root.Declarations.Cast<DataDeclarationSyntax>().ToList();
        Assert.Equal(["x", "y"], data.Select(declaration => declaration.Name.Text));
        Assert.Null(data[0].Type);
        Assert.Equal(0, data[0].TypeSpan.Length);
        Assert.Equal(Assert.Single(tree.Diagnostics).Location.Span.Start, data[0].TypeSpan.Start);
        AssertComplete(tree);
    }

    [Theory]
    [InlineData("", "<missing>")]
    [InlineData("a +", "(+ a <missing>)")]
    [InlineData("a + * b", "(+ a b)")]
    [InlineData("(", "(paren <missing>)")]
    [InlineData("(a", "(paren a)")]
    [InlineData("-", "(neg <missing>)")]
    [InlineData("si a alors", "(si a <missing> <missing>)")]
    [InlineData("si a sinon b", "(si a <missing> <missing>)")]
    [InlineData("barème x au-delà : 1", "(barème x  sinon <missing>)")]
    [InlineData("barème x jusqu'à 1 : 2", "(barème x [1 : 2] sinon <missing>)")]
    [InlineData("10 % du", "(de 10% <missing>)")]
    public void Incomplete_expressions_have_missing_operands(string expression, string shape)
    {
        // Recovery may drop what follows the error ("au-delà : 1" above): what matters is that
        // every absent operand is a missing node, never null, and that the text is reported.
        var tree = Parse.Text(Parse.DomainPrefix + expression + "\n");

        Assert.NotEmpty(tree.Diagnostics);
        Assert.Equal(shape, ExpressionTests.Shape(Parse.Single<ForfaitRuleSyntax>(tree).Expression));
        AssertComplete(tree);
    }

    [Fact]
    public void Missing_dates_are_neither_known_nor_unknown()
    {
        var tree = Parse.Text("fenêtre F1\n    candidature du 2022-01-01 au\n    jalon\nfenêtre F2\n");

        var period = Parse.Single<CandidacyPeriodSyntax>(tree).Period;
        Assert.Equal(new DateOnly(2022, 1, 1), period.Start.Value);
        Assert.Null(period.End.Value);
        Assert.False(period.End.IsUnknown);
        Assert.Equal(0, period.End.Span.Length);
        Assert.Equal(2, tree.Root.Declarations.Count);
        AssertComplete(tree);
    }

    [Fact]
    public void Missing_amounts_are_zero_with_empty_spans()
    {
        var tree = Parse.Text("programme P\n    enveloppe\n    enveloppe régionale\n    volet V\n");

        Assert.All(tree.Root.DescendantsAndSelf().OfType<AmountSyntax>(), amount =>
        {
            Assert.Equal(0m, amount.Money.Euros);
            Assert.Equal(0, amount.Money.Span.Length);
        });
        Assert.Equal("V", Parse.Single<VoletSyntax>(tree).Name.Text);
        AssertComplete(tree);
    }

    [Fact]
    public void Missing_test_name_and_header_number_are_empty_strings()
    {
        var tree = Parse.Text("instruction\n    signée le 2021-07-26\ntest\n    attendu candidature recevable\n");

        Assert.Equal(string.Empty, tree.Root.Header?.Number.Value);
        Assert.Equal(string.Empty, Parse.Single<TestSyntax>(tree).Name.Value);
        AssertComplete(tree);
    }

    public static TheoryData<string> Fragments() =>
    [
        "programme", "volet", "domaine D", "indicateur", "instruction \"", "cibles", "cibles du volet V fenêtres",
        "cibles V fenêtres F1 F2\n DS1.1 50 % oui non / 12", "test \"t\" au", "test \"t\" données a =, b",
        "test \"t\" attendu D1 financé 10", "test \"t\" attendu total", "prérequis P volets", "prérequis P tolérance en",
        "fenêtre F sélection mois", "fenêtre F mesure du au", "fenêtre F report vers", "programme P arrondi à l'",
        "programme P volet V dégressivité F1, F2 90 %", "programme P volet V domaine D indicateur I taux = / b",
        "programme P volet V domaine D éligible si", "programme P volet V domaine D indicateur I bonus applicable si",
        "programme P volet V enveloppe 1 M€ dont , dont \"x\"", "donnée : \"x\"", ") ( : , = / % € k€",
        "instruction \"X\" titre signée le applicable le émetteurs modifie",
    ];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Fragments_give_complete_trees(string text)
    {
        var tree = Parse.Text(text);

        Assert.NotEmpty(tree.Diagnostics);
        AssertComplete(tree);
    }

    [Fact]
    public void Every_truncation_of_the_corpus_gives_a_complete_tree()
    {
        foreach (var file in Parse.CorpusFiles())
        {
            var text = File.ReadAllText(file);
            for (var length = 0; length <= text.Length; length += 37)
            {
                AssertComplete(Parse.Text(text[..length]));
            }
        }
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Every node reachable from the root has its non-nullable properties set and a span inside the text.</summary>
    internal static void AssertComplete(SyntaxTree tree)
    {
        var bounds = TextSpan.FromBounds(0, tree.Text.Length);
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            Assert.True(node.Span.Start >= 0 && node.Span.End <= bounds.End, $"{node.GetType().Name} {node.Span} outside {bounds}");
            foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType.IsValueType || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var value = property.GetValue(node);
                if (Nullability.Create(property).ReadState == NullabilityState.NotNull)
                {
                    Assert.True(value is not null, $"{node.GetType().Name}.{property.Name} is null at {node.Span}");
                }

                if (value is IEnumerable items and not string)
                {
                    Assert.All(items.Cast<object?>(), item => Assert.True(item is not null, $"{node.GetType().Name}.{property.Name} holds a null"));
                }
            }
        }

        Assert.All(tree.Diagnostics, diagnostic =>
            Assert.True(diagnostic.Location.Span.Start >= 0 && diagnostic.Location.Span.End <= bounds.End, $"{diagnostic} {diagnostic.Location.Span} outside {bounds}"));
    }
}
