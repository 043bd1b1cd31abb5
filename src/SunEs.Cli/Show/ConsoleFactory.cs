using Spectre.Console;

namespace SunEs.Cli.Show;

/// <summary>
/// A Spectre console over the injected output: colours only on a terminal, a fixed width otherwise,
/// so that what is written to a file or a test's writer is the same on every machine.
/// </summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = context.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = context.Width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
