namespace SunEs.Cli;

/// <summary>The process exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>No error diagnostic (warnings and information are allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one error diagnostic in the texts.</summary>
    public const int TextErrors = 1;

    /// <summary>The command line or the input files are wrong: nothing was checked.</summary>
    public const int UsageError = 2;

    /// <summary>An unexpected failure of the tool itself.</summary>
    public const int InternalError = 3;
}
