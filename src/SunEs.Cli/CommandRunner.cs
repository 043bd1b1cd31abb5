using SunEs.Diagnostics;
using SunEs.Runtime;

namespace SunEs.Cli;

/// <summary>Runs a command body and turns a <see cref="UsageException"/> into a message and exit code 2.</summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, MessageLanguage language, string commandPath, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException exception)
        {
            ReportUsageError(context.Error, language, commandPath, exception.Message);
            return ExitCodes.UsageError;
        }
    }

    /// <summary>
    /// "sunes check : chemin introuvable …" (French puts a space before the colon, English does not).
    /// Messages quote paths and names from the user's files: their control characters are escaped, so the message stays one line.
    /// </summary>
    public static void ReportUsageError(TextWriter error, MessageLanguage language, string commandPath, string message) =>
        error.WriteLine(UntrustedText.Printable($"{commandPath}{language.Pick(" : ", ": ")}{message}", int.MaxValue));
}
