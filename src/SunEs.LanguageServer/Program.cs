using SunEs.LanguageServer.Server;

namespace SunEs.LanguageServer;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["--stdio"])
        {
            await Console.Error.WriteLineAsync("usage: sunes-lsp --stdio   (the SunEs language server, LSP over standard input and output)").ConfigureAwait(false);
            return 2;
        }

        var options = new ServerOptions { Log = TextWriter.Synchronized(Console.Error) };
        await using var server = new Server.LanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), options);
        return await server.RunAsync().ConfigureAwait(false);
    }
}
