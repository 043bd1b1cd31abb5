namespace SunEs.Cli.Evaluation;

/// <summary>A temporary file only its owner can read, removed when closed (or when the process ends).</summary>
internal static class PrivateTemporaryFile
{
    public static FileStream Create(string purpose)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Options = FileOptions.DeleteOnClose,
            BufferSize = 64 * 1024,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), $"sunes-{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"), options);
    }
}
