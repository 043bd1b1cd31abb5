namespace SunEs.Runtime.Loading;

/// <summary>
/// Reads a file of a build (an assembly, a PDB) as a whole, refusing what no build writes before
/// opening it: a folder, an empty file or one that is not a regular file (a named pipe would make
/// the read wait forever; it reports no length), or a file beyond <see cref="MaxLength"/>.
/// </summary>
internal static class BuildFile
{
    /// <summary>Far above any rules assembly or PDB (tens of kilobytes for the corpus), far below what would exhaust memory.</summary>
    public const long MaxLength = 256L * 1024 * 1024;

    /// <summary>The bytes of the file, or an <see cref="IOException"/> whose message says, in French then English, why not.</summary>
    public static byte[] Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new IOException($"{info.Name} est introuvable | {info.Name} is missing");
        }

        if (info.Length == 0 || info.Length > MaxLength)
        {
            throw new IOException(info.Length == 0
                ? $"{info.Name} est vide ou n'est pas un fichier ordinaire | {info.Name} is empty or not a regular file"
                : $"{info.Name} dépasse {MaxLength / (1024 * 1024)} Mo | {info.Name} exceeds {MaxLength / (1024 * 1024)} MB");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var bytes = new byte[info.Length];
        stream.ReadExactly(bytes);
        if (stream.ReadByte() >= 0)
        {
            throw new IOException($"{info.Name} a changé pendant sa lecture | {info.Name} changed while being read");
        }

        return bytes;
    }
}
