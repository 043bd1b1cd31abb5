using SunEs.LanguageServer.Features.Programmes;
using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Server;
using StreamJsonRpc;

namespace SunEs.LanguageServer.Handlers;

/// <summary>The custom requests of the SunEs extension: compile a document's programme, run a document's tests.</summary>
internal sealed class ProgrammeHandler(RequestRunner runner)
{
    [JsonRpcMethod("sunes/compile", UseSingleObjectParameterDeserialization = true)]
    public Task<CompileResult> CompileAsync(SunEsDocumentParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("sunes/compile", parameters.TextDocument, context => CompileService.Compile(context).Result, cancellationToken);

    [JsonRpcMethod("sunes/runTests", UseSingleObjectParameterDeserialization = true)]
    public Task<RunTestsResult> RunTestsAsync(SunEsDocumentParams parameters, CancellationToken cancellationToken) =>
        runner.RunAsync("sunes/runTests", parameters.TextDocument, TestRunService.RunTests, cancellationToken);
}
