using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Features.CodeActions;
using SunEs.LanguageServer.Features.Completion;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Text;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

internal sealed class DocumentSymbolHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<DocumentSymbol>> DocumentSymbolAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnSyntaxAsync("textDocument/documentSymbol", parameters.TextDocument, document => DocumentSymbolService.DocumentSymbols(document.Tree), cancellationToken);
}

internal sealed class FoldingRangeHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<FoldingRange>> FoldingRangeAsync(FoldingRangeParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnSyntaxAsync("textDocument/foldingRange", parameters.TextDocument, document => FoldingRangeService.FoldingRanges(document.Tree), cancellationToken);
}

internal sealed class SemanticTokensHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> SemanticTokensAsync(SemanticTokensParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("textDocument/semanticTokens/full", parameters.TextDocument,
            context => SemanticTokensService.Tokens(context.Tree, context.Compilation), cancellationToken);
}

internal sealed class CompletionHandler(RequestRunner runner, ServerState state)
{
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(CompletionParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnLatestAsync("textDocument/completion", parameters.TextDocument,
            context => CompletionService.Complete(context, PositionConverter.ToOffset(context.Text, parameters.Position), state.SnippetSupport), cancellationToken);
}

internal sealed class CodeActionHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<CodeAction>> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("textDocument/codeAction", parameters.TextDocument,
            context => parameters.Context?.Only is { } only && !only.Any(kind => kind.Length == 0 || kind == CodeActionKind.QuickFix || CodeActionKind.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal))
                ? []
                : CodeActionService.CodeActions(context, PositionConverter.ToSpan(context.Text, parameters.Range)),
            cancellationToken);
}

internal sealed class InlayHintHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<InlayHint>> InlayHintAsync(InlayHintParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("textDocument/inlayHint", parameters.TextDocument,
            context => InlayHintService.InlayHints(context, PositionConverter.ToSpan(context.Text, parameters.Range)), cancellationToken);
}

internal sealed class FormattingHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<TextEdit>> FormattingAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnSyntaxAsync("textDocument/formatting", parameters.TextDocument, document => FormattingService.Format(document.Tree), cancellationToken);

    [JsonRpcMethod("textDocument/rangeFormatting", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<TextEdit>> RangeFormattingAsync(DocumentRangeFormattingParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnSyntaxAsync("textDocument/rangeFormatting", parameters.TextDocument,
            document => FormattingService.FormatRange(document.Tree, PositionConverter.ToSpan(document.Text, parameters.Range)), cancellationToken);
}
