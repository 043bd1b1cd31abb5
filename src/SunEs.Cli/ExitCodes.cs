namespace SunEs.Cli;

/// <summary>The process exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>No error diagnostic (warnings and information are allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one error diagnostic in the texts.</summary>
    public const int TextErrors = 1;

    /// <summary><c>sunes test</c>: at least one test written in the texts failed (same code as text errors: the texts are wrong).</summary>
    public const int TestsFailed = 1;

    /// <summary>The command line or the input files are wrong: nothing was checked.</summary>
    public const int UsageError = 2;

    /// <summary>An unexpected failure of the tool itself.</summary>
    public const int InternalError = 3;

    /// <summary><c>sunes evaluate</c>: some rows of the input could not be evaluated (they are reported); the others were.</summary>
    public const int RowsRejected = 4;
}
