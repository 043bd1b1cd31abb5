using System.CommandLine;
using SunEs.Diagnostics;

namespace SunEs.Cli.Documents;

/// <summary>The options of <c>sunes doc</c> and <c>sunes diff</c>; wrong values are usage errors in the user's language.</summary>
internal static class DocumentOptions
{
    public static IReadOnlyList<string> PageFormats { get; } = ["html", "md"];

    public static IReadOnlyList<string> DiffFormats { get; } = ["table", "json", "html"];

    /// <summary>A YYYY-MM-DD option.</summary>
    public static Option<DateOnly?> Date(string name, string frenchDescription, string englishDescription, MessageLanguage language) => new(name)
    {
        Description = language.Pick(frenchDescription, englishDescription),
        HelpName = language.Pick("AAAA-MM-JJ", "YYYY-MM-DD"),
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (CommandLineOptions.TryParseDate(token, out var date))
            {
                return date;
            }

            result.AddError(UsageMessages.InvalidDate(language, name, token));
            return null;
        },
    };

    /// <summary>An option whose value is one of <paramref name="choices"/>.</summary>
    public static Option<string> Choice(string name, IReadOnlyList<string> choices, string frenchDescription, string englishDescription, MessageLanguage language)
    {
        var option = new Option<string>(name)
        {
            Description = language.Pick(frenchDescription, englishDescription),
            HelpName = string.Join('|', choices),
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !choices.Contains(value))
            {
                result.AddError(UsageMessages.InvalidChoice(language, name, value, choices));
            }
        });
        return option;
    }
}
