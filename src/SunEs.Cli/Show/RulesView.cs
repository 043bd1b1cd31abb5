using Spectre.Console;
using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli.Show;

internal sealed class RulesView(RulesInForce rules, MessageLanguage language, bool provenance)
{
    public void Render(IAnsiConsole console) => console.WriteLine($"{rules.AsOf} {language} {provenance}");
}
