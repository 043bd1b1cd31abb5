using SunEs.Text;

namespace SunEs.Semantics.Tests.Baselines;

/// <summary>
/// A sample of the baseline suite, under Baselines/Samples: either one file NAME.sunes, or a folder
/// NAME/ whose .sunes files are compiled together (given in ordinal order of their names). Its
/// expected diagnostics are in NAME.diagnostics.txt next to it. Paths in baselines are relative
/// to the Samples folder, with forward slashes.
/// </summary>
internal sealed record BaselineSample(string Name, IReadOnlyList<string> Files)
{
    public const string Extension = ".sunes";

    public const string BaselineExtension = ".diagnostics.txt";

    public string BaselinePath => Path.Combine(RepositoryPaths.Samples, Name + BaselineExtension);

    public static IReadOnlyList<BaselineSample> All()
    {
        var root = RepositoryPaths.Samples;
        var single = Directory.GetFiles(root, "*" + Extension)
            .Select(file => new BaselineSample(Path.GetFileNameWithoutExtension(file), [file]));
        var folders = Directory.GetDirectories(root)
            .Select(folder => new BaselineSample(Path.GetFileName(folder),
                Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal).ToList()));
        return single.Concat(folders).OrderBy(sample => sample.Name, StringComparer.Ordinal).ToList();
    }

    public static BaselineSample Find(string name) =>
        All().SingleOrDefault(sample => sample.Name == name) ?? throw new InvalidOperationException($"No sample named {name}.");

    public Compilation Compile() =>
        Compilation.Parse(Files.Select(file => new SourceText(RelativePath(file), File.ReadAllText(file).Replace("\r\n", "\n"))));

    private static string RelativePath(string file) =>
        Path.GetRelativePath(RepositoryPaths.Samples, file).Replace(Path.DirectorySeparatorChar, '/');
}
