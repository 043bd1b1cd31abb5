using System.CommandLine;
using System.CommandLine.Parsing;
using SunEs.Diagnostics;

namespace SunEs.Cli;

/// <summary>Reports the command-line mistakes System.CommandLine found, in the user's language, with a pointer to help.</summary>
internal static class ParseErrors
{
    /// <summary>True when the command line is wrong: nothing must run.</summary>
    public static bool Any(ParseResult parseResult) => parseResult.Errors.Count > 0 || UnknownOptions(parseResult).Any();

    public static void Report(ParseResult parseResult, TextWriter error, MessageLanguage language)
    {
        var commandPath = CommandPath(parseResult.CommandResult);
        var messages = new List<string>();
        foreach (var token in UnknownOptions(parseResult))
        {
            messages.Add(UsageMessages.UnknownOption(language, token));
        }

        foreach (var token in parseResult.UnmatchedTokens)
        {
            messages.Add(token.StartsWith('-') ? UsageMessages.UnknownOption(language, token)
                : parseResult.CommandResult.Parent is null ? UsageMessages.UnknownCommand(language, token)
                : UsageMessages.UnexpectedArgument(language, token));
        }

        foreach (var parseError in parseResult.Errors)
        {
            if (parseResult.UnmatchedTokens.Any(token => parseError.Message.Contains($"'{token}'", StringComparison.Ordinal)))
            {
                continue;
            }

            messages.Add(parseError.SymbolResult is OptionResult { Tokens.Count: 0, Implicit: false } option
                ? UsageMessages.MissingOptionValue(language, option.IdentifierToken?.Value ?? option.Option.Name)
                : parseError.Message);
        }

        foreach (var message in messages.Distinct())
        {
            CommandRunner.ReportUsageError(error, language, commandPath, message);
        }

        error.WriteLine(UsageMessages.HelpHint(language, commandPath));
    }

    /// <summary>
    /// Tokens that look like options but name none: System.CommandLine takes them as paths. A path
    /// that really starts with "-" can follow "--" or be written "./-name".
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parseResult) => parseResult.Tokens
        .TakeWhile(token => token.Type != TokenType.DoubleDash)
        .Where(token => token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value.StartsWith('-'))
        .Where(token => !parseResult.UnmatchedTokens.Contains(token.Value))
        .Select(token => token.Value);

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult command; current = command.Parent)
        {
            names.Add(command.Parent is null ? "sunes" : command.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
