using SunEs.Runtime;

namespace SunEs.Emit.Tests.Runtime;

/// <summary>
/// Values an engine hands the contract are compared after normalisation, which throws on a lone
/// surrogate: every such comparison treats it as a character that matches nothing.
/// </summary>
/// <remarks>
/// The inputs are written in the test bodies: theory data is serialised as UTF-8, which cannot hold
/// a lone surrogate.
/// </remarks>
public sealed class LoneSurrogateTests
{
    [Fact]
    public void A_category_value_with_a_lone_surrogate_means_no_value()
    {
        var field = new DataField(0, "catégorie", DataKind.Category, null, ["CH", "CHU"]);

        foreach (var input in new[] { "\uD800", "CH\uDC00U", "\uDBFFCHU", "CHU\uD83D" })
        {
            Assert.Contains(input, char.IsSurrogate);
            Assert.Null(field.FindValue(input));
        }
    }

    [Fact]
    public void A_category_value_with_a_well_formed_pair_is_compared_as_written()
    {
        var field = new DataField(0, "catégorie", DataKind.Category, null, ["CHU 😀"]);

        Assert.Equal("CHU 😀", field.FindValue("chu  😀"));
    }

    [Fact]
    public void A_territory_name_with_a_lone_surrogate_gets_a_key_that_matches_no_territory()
    {
        Assert.Equal("guadeloupe\uFFFD", TerritoryField.Key("Guadeloupe\uD800"));
        Assert.Equal("\uFFFD reunion", TerritoryField.Key("\uDC00 Réunion"));
        Assert.Equal("la reunion", TerritoryField.Key("La  Réunion"));
    }
}
