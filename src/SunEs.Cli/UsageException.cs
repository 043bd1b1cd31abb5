namespace SunEs.Cli;

/// <summary>
/// A problem with what the user asked for (a path, a file, a value), reported as one clear message
/// on the error stream with exit code <see cref="ExitCodes.UsageError"/>, never as a stack trace.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
