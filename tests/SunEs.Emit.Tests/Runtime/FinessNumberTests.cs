using SunEs.Emit.Tests.Support;
using SunEs.Runtime;

namespace SunEs.Emit.Tests.Runtime;

/// <summary>FINESS numbers: nine characters, a Luhn key, one spelling; every way candidacies start checks them.</summary>
public sealed class FinessNumberTests(EmittedCorpus corpus) : IClassFixture<EmittedCorpus>
{
    [Theory]
    [InlineData("010003820", "010003820")]
    [InlineData("750712184", "750712184")]
    [InlineData("75 071 218 4", "750712184")]
    [InlineData("75\u00a0071\u202f218 4", "750712184")]
    [InlineData("2A0000017", "2A0000017")]
    [InlineData("000000000", "000000000")]
    public void A_valid_number_has_one_spelling(string written, string number)
    {
        Assert.Equal(number, FinessNumber.Normalize(written));
    }

    [Theory]
    [InlineData("750712185", "sa clé (le dernier chiffre) ne correspond pas aux huit premiers")]
    [InlineData("75071218", "il a 8 caractère(s) au lieu de 9")]
    [InlineData("0750712184", "il a 10 caractère(s) au lieu de 9")]
    [InlineData("\ufeff750712184", "il a 10 caractère(s) au lieu de 9")]
    [InlineData("750712184\u200b", "il a 10 caractère(s) au lieu de 9")]
    [InlineData("75071218.", "le caractère 9 n'est pas un chiffre")]
    [InlineData("7507\u00001218", "le caractère 5 n'est pas un chiffre")]
    [InlineData("2C0000017", "le caractère 2 n'est pas un chiffre")]
    [InlineData("", "il a 0 caractère(s) au lieu de 9")]
    public void Anything_else_is_refused_with_the_reason(string written, string reason)
    {
        var error = Assert.Throws<EvaluationException>(() => FinessNumber.Normalize(written));

        Assert.Equal(EvaluationErrorKind.InvalidEstablishment, error.Kind);
        Assert.Contains(reason, error.Text.French);
        Assert.False(UntrustedText.HasHiddenCharacters(error.Text.French));
    }

    [Fact]
    public void A_huge_number_is_refused_with_a_short_message()
    {
        var error = Assert.Throws<EvaluationException>(() => FinessNumber.Normalize(new string('7', 50_000_000)));

        Assert.True(error.Text.French.Length < 200, error.Text.French);
        Assert.Contains("il a 50000000 caractère(s) au lieu de 9", error.Text.French);
    }

    [Fact]
    public void Candidacies_of_every_origin_carry_the_normalized_number()
    {
        var rules = corpus.Rules;

        Assert.Equal("750712184", rules.Schema.NewCandidacy("75 071 218 4", "F2").Build().Establishment);
        Assert.Equal(EvaluationErrorKind.InvalidEstablishment, Assert.Throws<EvaluationException>(() => rules.Schema.NewCandidacy("750712185", "F2")).Kind);
        Assert.Equal(EvaluationErrorKind.InvalidEstablishment,
            Assert.Throws<EvaluationException>(() => rules.Schema.NewCandidacy("750712185", rules.Schema.Windows[0])).Kind);
    }

    [Fact]
    public void Eight_digits_get_their_key()
    {
        Assert.Equal("750712184", FinessNumber.WithCheckDigit("75071218"));
        Assert.Throws<ArgumentException>(() => FinessNumber.WithCheckDigit("7507121"));
    }
}
