using System.Runtime.InteropServices;

namespace SunEs.Cli.Build;

/// <summary>
/// Exchanges two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>: at every
/// instant each path names a whole folder, the old or the new. Where the system or the file system
/// cannot (another OS, an old kernel, a file system without the flag), it says so and the caller
/// falls back to two renames.
/// </summary>
internal static class FolderExchange
{
    private const int CurrentDirectory = -100;
    private const uint RenameExchange = 2;

    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        var error = Marshal.GetLastPInvokeError();
        const int NotSupported = 95, InvalidArgument = 22, NoSuchCall = 38;
        return error is NotSupported or InvalidArgument or NoSuchCall
            ? false
            : throw new IOException($"{Marshal.GetPInvokeErrorMessage(error)} ({second})");
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
