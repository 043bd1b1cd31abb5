namespace SunEs.Runtime.Loading;

/// <summary>A build directory that cannot be used: no or broken manifest, missing DLL, a DLL that is not the one built.</summary>
public sealed class BuildDirectoryException : Exception
{
    public BuildDirectoryException(string directory, BilingualText text)
        : base($"{text.French} | {text.English}")
    {
        Directory = directory;
        Text = text;
    }

    /// <summary>The build directory the problem is about.</summary>
    public string Directory { get; }

    public BilingualText Text { get; }

    internal static BuildDirectoryException Create(string directory, string french, string english) =>
        new(directory, new BilingualText($"« {directory} » : {french}.", $"'{directory}': {english}."));
}
