using SunEs.Diagnostics;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;

namespace SunEs.LanguageServer.Tests.Features;

public class DiagnosticConverterTests
{
    [Theory]
    [InlineData(MessageLanguage.French, "Fenêtre inconnue « F9 » (vouliez-vous dire « F1 » ou « F2 » ?).")]
    [InlineData(MessageLanguage.English, "Unknown window 'F9' (did you mean 'F1' or 'F2'?).")]
    public void Diagnostics_carry_code_severity_range_and_a_message_in_the_clients_language(MessageLanguage language, string message)
    {
        var (context, _) = TestWorkspace.At(Samples.B.Replace("fenêtre F2 modifiée", "fenêtre F2 modifiée\n    report vers F9$0"), ("a.sunes", Samples.A));
        var diagnostic = Assert.Single(DiagnosticConverter.ConvertAll(context.Compilation, context.Text, language));
        Assert.Equal("SUN0201", diagnostic.Code);
        Assert.Equal("sunes", diagnostic.Source);
        Assert.Equal(LspDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(new Protocol.Range(new Position(6, 16), new Position(6, 18)), diagnostic.Range);
    }

    [Fact]
    public void Information_stays_information()
    {
        var context = TestWorkspace.Context(TestWorkspace.Corpus(), TestWorkspace.CorpusUri("2021-167.sunes"));
        var diagnostics = DiagnosticConverter.ConvertAll(context.Compilation, context.Text, MessageLanguage.French);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, diagnostic => Assert.Equal(LspDiagnosticSeverity.Information, diagnostic.Severity));
        Assert.Equal(["SUN0700", "SUN0701", "SUN0709"], diagnostics.Select(diagnostic => diagnostic.Code).Distinct().Order(StringComparer.Ordinal));
    }
}
