namespace SunEs.Cli.Input;

/// <summary>A file to read: where it is, and the path diagnostics show for it.</summary>
public sealed record InputFile(string FullPath, string DisplayPath);
