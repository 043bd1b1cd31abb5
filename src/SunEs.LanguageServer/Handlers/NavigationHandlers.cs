using SunEs.LanguageServer.Features;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using SunEs.LanguageServer.Text;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

internal sealed class HoverHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(HoverParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnAnalysedAsync("textDocument/hover", parameters.TextDocument, parameters.Position,
            HoverService.Hover,
            (hover, view) => hover?.Range is { } range ? view.ToCurrent(parameters.TextDocument.Uri, range) is { } moved ? hover with { Range = moved } : null : hover,
            nothing: null, cancellationToken);
}

internal sealed class DefinitionHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Protocol.Location>> DefinitionAsync(DefinitionParams parameters, CancellationToken cancellationToken) =>
        runner.RunOnAnalysedAsync("textDocument/definition", parameters.TextDocument, parameters.Position,
            NavigationService.Definition,
            (locations, view) => locations.Select(view.ToCurrent).OfType<Protocol.Location>().ToList(),
            nothing: [], cancellationToken);
}

internal sealed class ReferencesHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Protocol.Location>> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("textDocument/references", parameters.TextDocument,
            context => NavigationService.References(context, PositionConverter.ToOffset(context.Text, parameters.Position), parameters.Context?.IncludeDeclaration ?? true),
            cancellationToken);
}

internal sealed class RenameHandler(RequestRunner runner)
{
    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult> PrepareRenameAsync(PrepareRenameParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("textDocument/prepareRename", parameters.TextDocument,
            context => RenameService.PrepareRename(context, PositionConverter.ToOffset(context.Text, parameters.Position)), cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit> RenameAsync(RenameParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("textDocument/rename", parameters.TextDocument,
            context => RenameService.Rename(context, PositionConverter.ToOffset(context.Text, parameters.Position), parameters.NewName), cancellationToken);
}
