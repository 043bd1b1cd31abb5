using System.Globalization;
using SunEs.Documents;
using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.Programmes;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

/// <summary>Parameters of <c>sunes/rulesPage</c>: the document, and the date of the rules (null for today).</summary>
public sealed record RulesPageParams(TextDocumentIdentifier TextDocument, string? AsOf = null);

/// <summary>The self-contained page of <c>sunes doc</c> and the date it shows.</summary>
public sealed record RulesPageResult(string Html, string AsOf);

/// <summary>
/// <c>sunes/rulesPage</c>: the page of the rules in force for the programme of a document, as
/// <c>sunes doc</c> writes it, for the editor to show in a webview. Texts with errors still get
/// their page, under a warning that it may be incomplete.
/// </summary>
internal sealed class RulesPageHandler(RequestRunner runner)
{
    public const string Method = "sunes/rulesPage";

    [JsonRpcMethod(Method, UseSingleObjectParameterDeserialization = true)]
    public Task<RulesPageResult> RulesPageAsync(RulesPageParams parameters, CancellationToken cancellationToken)
    {
        DateOnly? asOf = null;
        if (parameters.AsOf is { } text)
        {
            asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new LspException(LspErrorCodes.InvalidParams, $"asOf must be a date written YYYY-MM-DD or null, not '{text}'.");
        }

        return runner.RunAsync(Method, parameters.TextDocument, context =>
        {
            var date = asOf ?? context.Today;
            var errors = context.Compilation.Diagnostics.Count(diagnostic => diagnostic.IsError);
            var warning = errors == 0 ? null : context.T(
                $"Les textes ont {errors} erreur(s) : cette page peut être incomplète. Corrigez-les (voir les problèmes signalés).",
                $"The texts have {errors} error(s): this page may be incomplete. Fix them (see the reported problems).");
            var request = new RulesPageRequest(date, context.Language, Programme: ProgrammeOfDocument.Find(context)?.Id, Warning: warning);
            return new RulesPageResult(RulesDocuments.Html(context.Compilation, request), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }, cancellationToken);
    }
}
