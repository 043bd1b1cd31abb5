using System.Text.Json;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Tests.Infrastructure;
using SunEs.LanguageServer.Text;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Tests.EndToEnd;

/// <summary>sunes/compile and sunes/runTests over the protocol, on the corpus read from the workspace folder.</summary>
public sealed class ProgrammeRequestTests
{
    private static readonly string Amending = TestWorkspace.CorpusUri("2023-28.sunes");
    private static readonly string Founding = TestWorkspace.CorpusUri("2021-167.sunes");

    private const string Tests = """

        test "CH avec chirurgie, F2, toutes cibles atteintes" au 2023-04-01
            établissement "750000010"
            candidature en F2 pour D1, D2
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données forfait_d1 = 100 k€, activité_chirurgie = oui, laboratoire_interne = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 480 / 1 000, DS1.3 = 61 %
            attendu
                candidature recevable
                D1 financé 99 000 €
                D2 inéligible
                total 99 000 €

        test "Montant attendu faux" au 2023-04-01
            établissement "750000028"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données forfait_d1 = 100 k€, activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 48 %
            attendu
                D1 financé 90 000,01 €

        test "Forfait oublié" au 2023-04-01
            établissement "750000044"
            candidature en F2 pour D1
            déposée le 2022-04-01
            territoire "France métropolitaine"
            résultats transmis le 2023-03-31
            prérequis tous atteints
            données activité_chirurgie = non, prérequis_saisis_osis = oui, engagement_cibles_osis = oui
            mesures DS1.1 = 60 %, DS1.2 = 48 %
            attendu
                D1 financé
        """;

    private static async Task<LspTestSession> CorpusSessionAsync(string locale = "fr")
    {
        var session = LspTestSession.Start();
        await session.InitializeAsync(rootUri: DocumentUris.FromPath(RepoRoot.Instructions), locale: locale);
        return session;
    }

    private static SunEsDocumentParams Document(string uri) => new(new TextDocumentIdentifier(uri));

    [Fact]
    public async Task The_server_announces_its_custom_requests()
    {
        await using var session = LspTestSession.Start();
        var result = await session.RequestAsync<JsonElement>("initialize", new InitializeParams { Capabilities = new ClientCapabilities() });
        var sunes = result.GetProperty("capabilities").GetProperty("experimental").GetProperty("sunes");
        Assert.True(sunes.GetProperty("compile").GetBoolean());
        Assert.True(sunes.GetProperty("runTests").GetBoolean());
    }

    [Fact]
    public async Task Compile_builds_the_programme_of_an_amending_text_with_every_text_of_the_workspace()
    {
        await using var session = await CorpusSessionAsync();
        var result = await session.RequestAsync<CompileResult>("sunes/compile", Document(Amending));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.Equal("SUNES", result.Programme);
        Assert.Equal(["DGOS/PF5/DNS/CTO/2021/167", "DGOS/PF5/DNS/2022/40", "DGOS/PF5/DNS/2022/84", "DGOS/PF5/DNS/2023/28"], result.Instructions);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == LspDiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Compile_reports_an_error_of_another_text_with_its_uri_in_the_clients_language()
    {
        await using var session = await CorpusSessionAsync(locale: "en");
        var founding = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Instructions, "2021-167.sunes"));
        await session.OpenAsync(Founding, founding.Replace("fenêtres F1, F2, F3, F4", "fenêtres F1, F2, F3, F9", StringComparison.Ordinal));
        var result = await session.RequestAsync<CompileResult>("sunes/compile", Document(Amending));
        Assert.False(result.Succeeded);
        Assert.Empty(result.Instructions);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SUN0201" && d.Uri == Founding);
        Assert.StartsWith("Unknown window 'F9'", error.Message, StringComparison.Ordinal);
        Assert.Equal(LspDiagnosticSeverity.Error, error.Severity);
        Assert.Contains(result.Diagnostics, d => d.Code == "SUNEMIT01" && d.Uri == Amending);
    }

    [Fact]
    public async Task Run_tests_runs_the_tests_of_the_document_against_its_compiled_programme()
    {
        await using var session = await CorpusSessionAsync();
        var amending = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Instructions, "2023-28.sunes"));
        await session.OpenAsync(Amending, amending + Tests);
        var result = await session.RequestAsync<RunTestsResult>("sunes/runTests", Document(Amending));

        var corpusTests = CountTests(amending);
        Assert.Equal((corpusTests + 1, 2), (result.Passed, result.Failed));
        Assert.Equal(["CH avec chirurgie, F2, toutes cibles atteintes", "Montant attendu faux", "Forfait oublié"], result.Results.Skip(corpusTests).Select(r => r.Name));
        Assert.All(result.Results, r => Assert.Equal(Amending, r.Uri));
        var passed = result.Results[corpusTests];
        Assert.True(passed.Passed);
        Assert.Null(passed.Error);
        var wrong = result.Results[corpusTests + 1];
        var failure = Assert.Single(wrong.Failures);
        Assert.Equal("attendu : D1 financé 90\u00a0000,01\u00a0€ ; obtenu : 90\u00a0000\u00a0€", failure.Message);
        var lines = (amending + Tests).ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("D1 financé 90 000,01 €", lines[failure.Range.Start.Line], StringComparison.Ordinal);
        Assert.Contains("test \"Montant attendu faux\"", lines[wrong.Range.Start.Line], StringComparison.Ordinal);
        var forgotten = result.Results[corpusTests + 2];
        Assert.False(forgotten.Passed);
        Assert.Contains("forfait_d1", forgotten.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_tests_writes_a_null_error_explicitly_and_none_for_a_text_without_tests()
    {
        await using var session = await CorpusSessionAsync();
        var none = await session.RequestAsync<JsonElement>("sunes/runTests", Document(TestWorkspace.CorpusUri("2022-84.sunes")));
        Assert.Equal(0, none.GetProperty("passed").GetInt32());
        Assert.Empty(none.GetProperty("results").EnumerateArray());

        var amending = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Instructions, "2023-28.sunes"));
        await session.OpenAsync(Amending, amending + Tests);
        var raw = await session.RequestAsync<JsonElement>("sunes/runTests", Document(Amending));
        Assert.Equal(JsonValueKind.Null, raw.GetProperty("results")[0].GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Run_tests_on_rules_that_do_not_compile_fails_with_the_first_error()
    {
        await using var session = await CorpusSessionAsync();
        var amending = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Instructions, "2023-28.sunes"));
        await session.OpenAsync(Amending, amending + Tests.Replace("pour D1, D2", "pour D1, D9", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.RequestAsync<RunTestsResult>("sunes/runTests", Document(Amending)));
        Assert.Equal(LspErrorCodes.RequestFailed, (int)error.ErrorCode);
        Assert.Contains("ne compilent pas", error.Message, StringComparison.Ordinal);
        Assert.Contains("D9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_requests_about_unknown_documents_are_invalid_parameters()
    {
        await using var session = await CorpusSessionAsync();
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => session.RequestAsync<CompileResult>("sunes/compile", Document("file:///nowhere/x.sunes")));
        Assert.Equal(LspErrorCodes.InvalidParams, (int)error.ErrorCode);
    }

    private static int CountTests(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Count(line => line.StartsWith("test \"", StringComparison.Ordinal));
}
