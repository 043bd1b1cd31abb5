using System.Text;
using SunEs.Cli;

try
{
    Console.OutputEncoding = Encoding.UTF8;
}
catch (IOException)
{
    // The console refuses the encoding change: keep its own.
}

return SunesApp.Run(args, CliContext.ForConsole());
