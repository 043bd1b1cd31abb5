using System.Text.RegularExpressions;
using SunEs.Diagnostics;

namespace SunEs.Semantics.Tests;

public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void No_code_is_given_twice()
    {
        var duplicates = DiagnosticCatalog.All.GroupBy(descriptor => descriptor.Code).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        Assert.True(duplicates.Count == 0, "Codes given twice: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Codes_are_sun_and_four_digits()
    {
        Assert.NotEmpty(DiagnosticCatalog.All);
        Assert.All(DiagnosticCatalog.All, descriptor => Assert.Matches("^SUN[0-9]{4}$", descriptor.Code));
    }

    [Fact]
    public void French_and_english_messages_are_given_and_differ()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.FrenchFormat), descriptor.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.EnglishFormat), descriptor.Code);
            Assert.NotEqual(descriptor.FrenchFormat, descriptor.EnglishFormat);
        });
    }

    [Fact]
    public void French_and_english_messages_use_the_same_placeholders()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
            Assert.Equal(Placeholders(descriptor.FrenchFormat), Placeholders(descriptor.EnglishFormat)));
    }

    private static IReadOnlyList<string> Placeholders(string format) =>
        Placeholder().Matches(format).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
