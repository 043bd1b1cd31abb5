using System.CommandLine;
using SunEs.Diagnostics;
using SunEs.LanguageServer.Server;

namespace SunEs.Cli;

/// <summary>
/// <c>sunes lsp [--stdio]</c>: the SunEs language server (the same as <c>sunes-lsp --stdio</c>) on
/// standard input and output, for editors. Nothing else is ever written to standard output; the
/// server's own log goes to standard error.
/// </summary>
internal static class LspCommand
{
    public const string Name = "lsp";

    public static Command Create(CliContext context, MessageLanguage language)
    {
        var stdio = new Option<bool>("--stdio")
        {
            Description = language.Pick(
                "Communique par l'entrée et la sortie standard (le seul transport, accepté parce que les éditeurs le passent).",
                "Talks over standard input and output (the only transport, accepted because editors pass it)."),
        };
        var command = new Command(Name, language.Pick(
            "Démarre le serveur de langage SunEs (LSP) pour les éditeurs. Code de sortie : 0 après shutdown puis exit, 1 si le client s'arrête sans shutdown.",
            "Starts the SunEs language server (LSP) for editors. Exit code: 0 after shutdown then exit, 1 if the client stops without shutdown."))
        {
            stdio,
        };
        command.SetAction(_ => Run(context));
        return command;
    }

    private static int Run(CliContext context)
    {
        var options = new ServerOptions { Log = TextWriter.Synchronized(context.Error) };
        return Serve(options).GetAwaiter().GetResult();
    }

    private static async Task<int> Serve(ServerOptions options)
    {
        await using var server = new LanguageServer.Server.LanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), options);
        return await server.RunAsync().ConfigureAwait(false);
    }
}
